package de.podium.security.boundary;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import de.podium.platform.boundary.ErrorBody;
import de.podium.platform.boundary.RequestLanguage;
import de.podium.platform.control.Links;
import de.podium.platform.control.Texts;

/**
 * CSRF protection of the API. A browser sends the session cookie with requests other sites trigger (a form posted
 * to /api, a fetch without CORS), so a write authenticated by the session cookie must prove that it comes from
 * Podium's own pages: {@code Sec-Fetch-Site: same-origin}, an {@code Origin} of Podium itself, or the session's
 * token in {@code X-CSRF-Token} (from {@code GET /api/session/csrf-token}). Calls with HTTP Basic carry their
 * credentials in every request and are not affected; anonymous calls have nothing to forge.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteWriteFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @Inject
    Links links;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                || request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null
                || isBasic(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            return;
        }
        if ("same-origin".equals(request.getHeaderString("Sec-Fetch-Site"))
                || isOwnOrigin(request.getHeaderString("Origin"), request.getUriInfo().getBaseUri())
                || CsrfTokens.matches(servletRequest.getSession(false), request.getHeaderString(CsrfTokens.HEADER))) {
            return;
        }
        request.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(403, "csrf", Texts.get(RequestLanguage.of(headers), "error.csrf"), null))
                .build());
    }

    static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** The origin Podium was called by (its Host) or the public address it is configured with. */
    boolean isOwnOrigin(String origin, URI requestBase) {
        return origin != null && (sameOrigin(origin, requestBase.toString()) || sameOrigin(origin, links.base()));
    }

    static boolean sameOrigin(String origin, String address) {
        try {
            URI a = URI.create(origin.strip());
            URI b = URI.create(address);
            return a.getScheme() != null && a.getHost() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                    && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
