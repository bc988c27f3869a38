package de.podium.platform.boundary;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as the application writes it, with two corrections: a Content-Security-Policy that PrimeFaces
 * adds becomes Podium's policy with PrimeFaces' nonce (one header, not two), and redirect targets are made
 * absolute on the public address. The request's origin is read only for a redirect: building the request URL
 * for every response was about one percent of a public read's CPU.
 */
final class HardenedResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final String base;

    HardenedResponse(HttpServletRequest request, HttpServletResponse response, String base) {
        super(response);
        this.request = request;
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
        super.sendRedirect(publicLocation(location));
    }

    private String corrected(String name, String value) {
        if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
            return ContentSecurityPolicy.mergedWith(value);
        }
        if ("Location".equalsIgnoreCase(name)) {
            return publicLocation(value);
        }
        return value;
    }

    private String publicLocation(String location) {
        String url = request.getRequestURL().toString();
        int pathStart = url.indexOf('/', url.indexOf("//") + 2);
        String origin = pathStart < 0 ? url : url.substring(0, pathStart);
        return PublicLocation.of(location, origin, request.getContextPath(), base);
    }
}
