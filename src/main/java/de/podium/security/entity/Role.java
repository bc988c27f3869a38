package de.podium.security.entity;

/** Application roles; organizer rights are additionally granted per conference. */
public enum Role {
    ADMIN, ORGANIZER, SPEAKER, ATTENDEE
}
