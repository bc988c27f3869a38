package de.podium.registration.entity;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address compared case-insensitively and trimmed: one active registration per address. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]{2,}");

    public EmailAddress {
        if (value == null || !isValid(value)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        value = value.strip();
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.strip().length() <= 254 && SHAPE.matcher(candidate.strip()).matches();
    }

    public String normalised() {
        return value.toLowerCase(Locale.ROOT);
    }
}
