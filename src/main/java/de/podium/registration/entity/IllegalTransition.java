package de.podium.registration.entity;

/** A status change the registration refuses, e.g. checking in someone who is only on the waiting list. */
public class IllegalTransition extends RuntimeException {

    private final RegistrationStatus from;
    private final String action;

    public IllegalTransition(RegistrationStatus from, String action) {
        super(action + " not allowed from " + from, null, false, false);
        this.from = from;
        this.action = action;
    }

    public RegistrationStatus from() { return from; }
    public String action() { return action; }
}
