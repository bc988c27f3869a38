package de.podium.platform.boundary;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.platform.control.PreparedRead;

/**
 * Answers of the public reads (conference JSON, published agenda and its exports, press feed), which apps poll
 * and caches keep: the prepared bytes with their strong ETag, Last-Modified and the Cache-Control of
 * {@code podium.http.public-cache-control}; If-None-Match (which wins when both are sent, RFC 9110 13.2.2) or
 * If-Modified-Since answer 304 without a body when nothing changed.
 */
@ApplicationScoped
public class Revalidation {

    @Inject
    @ConfigProperty(name = "podium.http.public-cache-control", defaultValue = "public, max-age=60, stale-while-revalidate=300")
    String cacheControl;

    public Response answer(HttpHeaders request, PreparedRead read) {
        return answer(request, read, null);
    }

    /** @param vary the request header the bytes depend on (Accept-Language), or null */
    public Response answer(HttpHeaders request, PreparedRead read, String vary) {
        Response.ResponseBuilder response = unchanged(request, read.etag(), read.lastModified())
                ? Response.notModified() : Response.ok(read.body(), read.mediaType());
        response.tag(new EntityTag(read.etag())).lastModified(Date.from(read.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (vary != null) {
            response.header(HttpHeaders.VARY, vary);
        }
        return response.build();
    }

    public String cacheControl() {
        return cacheControl;
    }

    /**
     * For the servlet filters that answer prepared reads before JAX-RS: sets the read's validators and caching
     * headers as {@link #answer} does and answers 304 when the request's validators still match.
     *
     * @param etag the ETag header as sent (quoted; weak for pages that differ per response)
     * @return true when the 304 is the answer and no body follows
     */
    static boolean unchangedAnswered(HttpServletRequest request, HttpServletResponse response, PreparedRead read,
                                     String etag, String cacheControl, String vary) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.LAST_MODIFIED, read.lastModifiedHeader());
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (vary != null) {
            response.setHeader(HttpHeaders.VARY, vary);
        }
        if (unchanged(request.getHeader(HttpHeaders.IF_NONE_MATCH), request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                read.etag(), read.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    public static boolean unchanged(HttpHeaders request, String tag, Instant lastModified) {
        return unchanged(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), tag, lastModified);
    }

    public static boolean unchanged(String ifNoneMatch, String ifModifiedSince, String tag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(t -> t.equals("*") || t.equals("\"" + tag + "\""));
        }
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
}
