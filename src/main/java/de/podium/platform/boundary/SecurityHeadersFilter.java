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

/**
 * The security headers of every response, set in this one place. Mapped in web.xml before the page router and
 * for the REQUEST, FORWARD, ERROR and ASYNC dispatches, so that routed pages, forwards and error pages get them
 * whatever order the container gives annotated filters. The headers are defined in {@link SecurityHeaders}.
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    SecurityHeaders headers;

    @Inject
    Links links;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.apply(request, response);
        chain.doFilter(request, hardened(request, response));
    }

    private HttpServletResponse hardened(HttpServletRequest request, HttpServletResponse response) {
        for (ServletResponse r = response; r instanceof ServletResponseWrapper w; r = w.getResponse()) {
            if (r instanceof HardenedResponse) {
                return response;
            }
        }
        return new HardenedResponse(request, response, links.base());
    }
}
