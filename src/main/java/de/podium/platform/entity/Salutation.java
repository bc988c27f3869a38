package de.podium.platform.entity;

/**
 * How a person wishes to be addressed in letters: Herr/Mr, Frau/Ms, or by name alone. {@code NONE} is the default
 * and never guesses a gender.
 */
public enum Salutation {
    MR, MS, NONE;

    /** {@code null}, blank or an unknown value count as {@code NONE}; API and forms validate before. */
    public static Salutation of(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }
}
