package de.podium.platform.boundary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import de.podium.platform.control.PublishedFile;

/**
 * Conditional GET for files that calendar apps, schedule apps and feed readers poll (RFC 9110 13): a strong ETag
 * from the content's SHA-256 and Last-Modified; If-None-Match (which wins when both are sent) or
 * If-Modified-Since answer 304 without a body when nothing changed.
 */
public final class Revalidation {

    private Revalidation() {
    }

    public static Response answer(HttpHeaders request, PublishedFile file, String mediaType) {
        String tag = tag(file.content());
        Instant lastModified = file.lastModified() == null ? null : file.lastModified().truncatedTo(ChronoUnit.SECONDS);
        Response.ResponseBuilder response = unchanged(request, tag, lastModified)
                ? Response.notModified() : Response.ok(file.content(), mediaType);
        response.tag(new EntityTag(tag));
        if (lastModified != null) {
            response.lastModified(Date.from(lastModified));
        }
        return response.build();
    }

    static boolean unchanged(HttpHeaders request, String tag, Instant lastModified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(t -> t.equals("*") || t.equals("\"" + tag + "\""));
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
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
