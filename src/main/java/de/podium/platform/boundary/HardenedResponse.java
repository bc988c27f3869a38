package de.podium.platform.boundary;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as the application writes it, with two corrections: a Content-Security-Policy that PrimeFaces
 * adds becomes Podium's policy with PrimeFaces' nonce (one header, not two), and redirect targets are made
 * absolute on the public address.
 */
final class HardenedResponse extends HttpServletResponseWrapper {

    private final String requestOrigin;
    private final String contextPath;
    private final String base;

    HardenedResponse(HttpServletResponse response, String requestOrigin, String contextPath, String base) {
        super(response);
        this.requestOrigin = requestOrigin;
        this.contextPath = contextPath;
        this.base = base;
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, corrected(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
        if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) || "Location".equalsIgnoreCase(name)) {
            super.setHeader(name, corrected(name, value));
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        super.sendRedirect(PublicLocation.of(location, requestOrigin, contextPath, base));
    }

    private String corrected(String name, String value) {
        if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
            return ContentSecurityPolicy.mergedWith(value);
        }
        if ("Location".equalsIgnoreCase(name)) {
            return PublicLocation.of(value, requestOrigin, contextPath, base);
        }
        return value;
    }
}
