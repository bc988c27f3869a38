package de.podium.platform.boundary;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CSRF protection of the stateless public forms (registration, manage link, confirmation, sign-in). Their views
 * keep no state on the server, so there is no view-state token bound to a session that a forged POST would lack;
 * instead a POST must come from a page of this site. Browsers say so in {@code Sec-Fetch-Site} ({@code same-origin},
 * or {@code none} for a user's own action) and in {@code Origin}; a POST that names another site, or names none,
 * gets 403 and the friendly page. Mapped in web.xml on the URLs of those pages.
 */
public class SameOriginFormFilter extends HttpFilter {

    /** Set on refused requests: the 403 page then explains that the form must be sent from Podium's own page. */
    public static final String REFUSED = "podium.crossSiteForm";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())
                && !sameOrigin(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                        request.getHeader("Host"), baseUrl())) {
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * @param fetchSite {@code Sec-Fetch-Site} or null
     * @param origin    {@code Origin} or null
     * @param host      the Host the browser addressed (a cross-site page cannot choose it)
     * @param baseUrl   {@code podium.base-url}, the public address behind a proxy, or null
     */
    static boolean sameOrigin(String fetchSite, String origin, String host, String baseUrl) {
        if (fetchSite != null) {
            // set by the browser itself and not by page scripts: decides alone where present
            String site = fetchSite.trim().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        if (origin == null || origin.isBlank() || origin.trim().equals("null")) {
            return false;
        }
        String authority = authority(origin.trim());
        if (authority == null) {
            return false;
        }
        return authority.equalsIgnoreCase(host == null ? "" : host.trim())
                || (baseUrl != null && authority.equalsIgnoreCase(Optional.ofNullable(authority(baseUrl)).orElse("")));
    }

    private static String authority(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null ? null : uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String baseUrl() {
        return ConfigProvider.getConfig().getOptionalValue("podium.base-url", String.class).orElse(null);
    }
}
