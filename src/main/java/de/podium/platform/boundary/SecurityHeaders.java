package de.podium.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.podium.platform.control.TrustedProxies;

/**
 * The security headers Podium sends, defined once. {@link SecurityHeadersFilter} sets them on every dispatch; the
 * authentication mechanism sets them too, because its answers (sign-in redirect, 401, 429) are sent before any
 * filter runs. See README, Security.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String HSTS = "max-age=31536000";

    @Inject
    TrustedProxies proxies;

    public void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.strict());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        // the check-in page reads attendees' codes with the camera
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        // the peer's address matters only for a forwarded protocol; asking Payara for it costs on every request
        if (proxies.https(request.isSecure(), forwardedProto == null ? null : request.getRemoteAddr(), forwardedProto)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Pages may show personal data or who is signed in; only Podium's own scripts, styles and images may be cached. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }
}
