package de.podium.registration.entity;

/** The statuses of DOMAIN.md; a place is held from CONFIRMED on. */
public enum RegistrationStatus {
    PENDING_CONFIRMATION, CONFIRMED, WAITLISTED, PENDING_APPROVAL, CANCELLED, CHECKED_IN;

    public boolean holdsPlace() {
        return this == CONFIRMED || this == CHECKED_IN;
    }

    public boolean isActive() {
        return this != CANCELLED;
    }
}
