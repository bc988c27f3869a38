package de.podium.mail.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ties a circular's send to the preview the organizer saw: a fresh random part per preview and a digest of what
 * the preview showed (segment, texts, number of recipients). A send whose texts or recipients differ from the
 * preview does not match; a preview that has sent once is stored with its mailing and cannot send again.
 */
final class CircularConfirmation {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CircularConfirmation() {
    }

    static String issue(long conferenceId, MailingData data, int recipients) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return nonce + "." + digest(nonce, conferenceId, data, recipients);
    }

    static boolean matches(String confirmation, long conferenceId, MailingData data, int recipients) {
        int dot = confirmation == null ? -1 : confirmation.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String nonce = confirmation.substring(0, dot);
        return MessageDigest.isEqual(confirmation.substring(dot + 1).getBytes(StandardCharsets.US_ASCII),
                digest(nonce, conferenceId, data, recipients).getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String nonce, long conferenceId, MailingData data, int recipients) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {nonce, conferenceId, data.segment, strip(data.subjectDe), strip(data.bodyDe),
                    strip(data.subjectEn), strip(data.bodyEn), recipients}) {
                String text = String.valueOf(part);
                sha.update((text.length() + ":" + text).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }
}
