package de.podium.platform.boundary;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;

import de.podium.platform.control.PreparedRead;
import de.podium.platform.control.PreparedReads;

/**
 * Answers the public API reads this node has prepared (conference JSON, published agenda, its iCal and frab
 * exports, press feed) before JAX-RS sees the request: the bytes are ready, so routing, resource creation and
 * response filters would be all the work left. What is not prepared yet, any query but ConfClerk's
 * {@code ?venue=true}, and requests with credentials (whose answer may be 401) go on to the resources, which
 * prepare and keep the read and answer exactly as this filter does ({@link Revalidation}).
 */
public class PreparedReadFilter extends HttpFilter {

    private static final Pattern READ = Pattern.compile(
            "/api/conferences/([a-z0-9][a-z0-9-]{0,79})(|/agenda|/published/agenda\\.ics|/published/schedule\\.xml"
                    + "|/published/schedule\\.json|/press\\.atom)");

    @Inject
    PreparedReads prepared;

    @Inject
    Revalidation revalidation;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Key key = "GET".equals(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? key(request) : null;
        PreparedRead read = key == null ? null : prepared.kept(key.slug(), key.kind(), key.variant());
        if (read == null) {
            chain.doFilter(request, response);
            return;
        }
        String vary = key.kind() == PreparedReads.Kind.CONFERENCE_JSON ? HttpHeaders.ACCEPT_LANGUAGE : null;
        if (Revalidation.unchangedAnswered(request, response, read, "\"" + read.etag() + "\"", revalidation.cacheControl(), vary)) {
            return;
        }
        response.setContentType(read.mediaType());
        response.setContentLength(read.body().length);
        response.getOutputStream().write(read.body());
    }

    record Key(String slug, PreparedReads.Kind kind, String variant) {
    }

    /** Which prepared read the request asks for, as the resources name it; null for anything else. */
    static Key key(HttpServletRequest request) {
        Matcher read = READ.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!read.matches()) {
            return null;
        }
        String query = request.getQueryString();
        String slug = read.group(1);
        return switch (read.group(2)) {
            case "" -> query == null ? new Key(slug, PreparedReads.Kind.CONFERENCE_JSON,
                    RequestLanguage.ofHeader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).getLanguage()) : null;
            case "/published/schedule.xml" -> query == null ? new Key(slug, PreparedReads.Kind.FRAB_XML, "")
                    : "venue=true".equals(query) ? new Key(slug, PreparedReads.Kind.FRAB_XML, "venue") : null;
            default -> query == null ? new Key(slug, kind(read.group(2)), "") : null;
        };
    }

    private static PreparedReads.Kind kind(String path) {
        return switch (path) {
            case "/agenda" -> PreparedReads.Kind.AGENDA_JSON;
            case "/published/agenda.ics" -> PreparedReads.Kind.AGENDA_ICS;
            case "/published/schedule.json" -> PreparedReads.Kind.FRAB_JSON;
            default -> PreparedReads.Kind.PRESS_ATOM;
        };
    }
}
