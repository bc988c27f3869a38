package de.podium.registration.entity;

/** Why a registration ended: kept so organizers can tell a withdrawal from a rejection or an expiry. */
public enum CancelReason {
    ATTENDEE, REJECTED, EXPIRED, ORGANIZER
}
