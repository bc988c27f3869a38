package de.podium.registration.entity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The check-in code people can read and type: 8 characters from an alphabet without 0/O and 1/I, so that what
 * is printed under the QR code cannot be misread. 32^8 (about 10^12) codes keep collisions within a conference
 * unlikely; the database's unique constraint per conference is the guard.
 */
public final class ShortCode {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShortCode() {
    }

    public static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What was typed or scanned, as a short code: any case, spaces and dashes ignored; empty when it is none. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replace(" ", "").replace("-", "").strip().toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
