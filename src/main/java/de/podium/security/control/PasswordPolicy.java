package de.podium.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import de.podium.platform.control.PodiumException;

/**
 * Passwords as NIST SP 800-63B asks: long enough, not absurdly long, not guessable from the person, not one of
 * the passwords attackers try first. No composition rules (they make passwords worse, not stronger).
 * The common passwords are the top 10,000 of the "10 million password list" (SecLists, MIT licence) plus every
 * entry of its top million that is long enough to pass the length rule.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    private static final String COMMON = "/security/common-passwords.txt.gz";

    private PasswordPolicy() {
    }

    /**
     * @param names the person's own words (first name, last name, full name) that must not be the password
     * @throws PodiumException.Invalid naming {@code password} with the rule it breaks
     */
    public static void check(String password, String email, String... names) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new PodiumException.Invalid("password", "error.password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new PodiumException.Invalid("password", "error.password.tooLong", MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new PodiumException.Invalid("password", "error.password.blank");
        }
        String normal = normal(password);
        if (normal.codePoints().distinct().count() < 3) {
            throw new PodiumException.Invalid("password", "error.password.repetitive");
        }
        if (isPersonal(normal, email, names)) {
            throw new PodiumException.Invalid("password", "error.password.personal");
        }
        if (Common.PASSWORDS.contains(normal) || Common.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))) {
            throw new PodiumException.Invalid("password", "error.password.common");
        }
    }

    private static boolean isPersonal(String normal, String email, String... names) {
        if (email != null) {
            String address = normal(email);
            int at = address.indexOf('@');
            if (normal.equals(address) || (at > 0 && normal.equals(address.substring(0, at)))) {
                return true;
            }
        }
        for (String name : names) {
            if (name != null && !name.isBlank() && normal.equals(normal(name))) {
                return true;
            }
        }
        return false;
    }

    /** Case and blanks do not make a password different for an attacker's guess list. */
    private static String normal(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** Loaded on first use: about 54,000 entries, a few megabytes, kept for the life of the application. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(80_000);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                         StandardCharsets.UTF_8))) {
                reader.lines().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty())
                        .forEach(passwords::add);
            } catch (IOException e) {
                throw new UncheckedIOException("the packaged list of common passwords cannot be read", e);
            }
            return Set.copyOf(passwords);
        }
    }
}
