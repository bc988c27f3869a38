package de.podium.platform.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The bytes of a public read as sent, prepared once: media type, a strong ETag from the content's SHA-256 (so every
 * node names the same bytes alike) and Last-Modified, to the second as HTTP dates have it.
 */
public record PreparedRead(byte[] body, String mediaType, String etag, Instant lastModified) {

    public static PreparedRead of(byte[] body, String mediaType, Instant lastModified) {
        return new PreparedRead(body, mediaType, tag(body), lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    public static PreparedRead of(PublishedFile file, String mediaType) {
        return of(file.content(), mediaType, file.lastModified());
    }

    static String tag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
