package de.podium.platform.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.podium.platform.control.Links;
import de.podium.platform.control.TrustedProxies;

/**
 * The security headers of every response, set in this one place. Mapped in web.xml before the page router and
 * for the REQUEST, FORWARD, ERROR and ASYNC dispatches, so that routed pages, forwards and error pages get them
 * whatever order the container gives annotated filters. See README, Security.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String HSTS = "max-age=31536000";

    @Inject
    TrustedProxies proxies;

    @Inject
    Links links;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.strict());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        // the check-in page reads attendees' codes with the camera
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        if (proxies.https(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, hardened(request, response));
    }

    /** Pages may show personal data or who is signed in; only Podium's own scripts, styles and images may be cached. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }

    private HttpServletResponse hardened(HttpServletRequest request, HttpServletResponse response) {
        for (ServletResponse r = response; r instanceof ServletResponseWrapper w; r = w.getResponse()) {
            if (r instanceof HardenedResponse) {
                return response;
            }
        }
        String url = request.getRequestURL().toString();
        int pathStart = url.indexOf('/', url.indexOf("//") + 2);
        String origin = pathStart < 0 ? url : url.substring(0, pathStart);
        return new HardenedResponse(response, origin, request.getContextPath(), links.base());
    }
}
