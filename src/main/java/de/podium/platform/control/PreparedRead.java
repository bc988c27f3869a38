package de.podium.platform.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The bytes of a public read as sent, prepared once: media type, a strong ETag from the content's SHA-256 (so every
 * node names the same bytes alike) and Last-Modified, to the second as HTTP dates have it, also as the header's text
 * (formatting the date took a twentieth of a read's time). A page prepared as a template knows where its
 * per-response values go ({@code marks}, shared by every response and never changed); other reads have none.
 */
public record PreparedRead(byte[] body, String mediaType, String etag, Instant lastModified, String lastModifiedHeader,
                           int[] marks) {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final int[] NO_MARKS = new int[0];

    public static PreparedRead of(byte[] body, String mediaType, Instant lastModified) {
        return template(body, mediaType, lastModified, NO_MARKS);
    }

    public static PreparedRead of(PublishedFile file, String mediaType) {
        return of(file.content(), mediaType, file.lastModified());
    }

    /** A template whose ETag covers the bytes around the marks, which every response fills in alike. */
    public static PreparedRead template(byte[] body, String mediaType, Instant lastModified, int[] marks) {
        Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
        return new PreparedRead(body, mediaType, tag(body), seconds, HTTP_DATE.format(seconds), marks.clone());
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
