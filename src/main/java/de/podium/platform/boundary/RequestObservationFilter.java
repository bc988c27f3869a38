package de.podium.platform.boundary;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.podium.platform.control.PodiumMetrics;
import de.podium.platform.control.RequestQueries;
import de.podium.platform.control.RequestsInFlight;

/**
 * Every request gets a request id: the caller's {@code X-Request-Id} (a load balancer's) if it is sane, else a
 * new one. It is echoed in the response and named in one structured access line per request; past the prepared
 * reads, {@link RequestThreadNameFilter} carries it in the thread name. The duration feeds the request timer of
 * {@code /metrics}. Mapped in web.xml, so that it runs before every other filter.
 */
public class RequestObservationFilter extends HttpFilter {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "podium.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    PodiumMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getAttribute(ATTRIBUTE) != null || path.startsWith("/health") || path.startsWith("/metrics")) {
            // probes and scrapes every few seconds would drown the access log; forwards were observed already
            chain.doFilter(request, response);
            return;
        }
        String id = requestId(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        long start = System.nanoTime();
        RequestQueries.enter();
        RequestsInFlight.started();
        try {
            chain.doFilter(request, response);
        } finally {
            RequestsInFlight.ended();
            RequestQueries.leave();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            metrics.request(kind(path), response.getStatus(), took);
            AccessLog.write(accessLine(id, request.getMethod(), path, response.getStatus(), took));
        }
    }

    static String requestId(String offered) {
        if (offered != null && SANE.matcher(offered).matches()) {
            return offered;
        }
        // an id to find log lines by, not a secret: UUID.randomUUID() would make every request queue on the one
        // lock of the JDK's SecureRandom
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    static String kind(String path) {
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "resource";
        }
        return "page";
    }

    /** A JSON object on one line: easy to grep, and parsed as is by log collectors. */
    static String accessLine(String id, String method, String path, int status, Duration took) {
        return "{\"requestId\":\"" + id + "\",\"method\":\"" + json(method) + "\",\"path\":\"" + json(path)
                + "\",\"status\":" + status + ",\"durationMs\":" + took.toMillis() + "}";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
