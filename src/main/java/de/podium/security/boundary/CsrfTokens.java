package de.podium.security.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpSession;

/** The per-session token that scripts of Podium's pages send in {@code X-CSRF-Token} with API writes. */
final class CsrfTokens {

    static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "podium.csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The session's token, created on first use (two first uses at once: the later one's token counts). */
    static String of(HttpSession session) {
        if (session.getAttribute(ATTRIBUTE) instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    static boolean matches(HttpSession session, String sent) {
        if (session == null || sent == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
