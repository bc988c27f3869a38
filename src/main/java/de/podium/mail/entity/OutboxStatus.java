package de.podium.mail.entity;

/** Where a queued mail is on its way out. */
public enum OutboxStatus {
    /** waiting for (another) delivery attempt */
    QUEUED,
    /** claimed by a sender right now */
    SENDING,
    SENT,
    /** permanently refused, or out of attempts; an organizer may resend */
    FAILED
}
