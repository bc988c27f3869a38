package de.podium.platform.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form upload (multipart POST to a page) larger than the Faces servlet's multipart limit gets HTTP 413 and the
 * friendly "file too large" page before JSF reads it; otherwise the container's size exception surfaces inside JSF
 * as an internal error. Uploads through the API have their own limit ({@code podium.slides.max-bytes}).
 */
public class FormUploadLimitFilter extends HttpFilter {

    /** The max-request-size of the Faces servlet's multipart-config in web.xml. */
    static final long MAX_FORM_UPLOAD_BYTES = 52_428_800L;
    /** What is read and dropped of a refused upload so that the client sees the answer, not a reset connection. */
    private static final long MAX_DRAINED_BYTES = 2 * MAX_FORM_UPLOAD_BYTES;
    static final String PAGE = "/pages/error/413.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (tooLarge(request.getMethod(), request.getContentType(), request.getContentLengthLong(),
                request.getRequestURI().substring(request.getContextPath().length()))) {
            drain(request, response);
            response.setStatus(413);
            // the page is rendered for a plain GET: the refused body must not be read, nor the upload's Ajax header
            // turn the page into a partial response
            request.getRequestDispatcher(PAGE).forward(new PlainPageRequest(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean tooLarge(String method, String contentType, long contentLength, String path) {
        return "POST".equals(method) && !path.startsWith("/api/") && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && contentLength > MAX_FORM_UPLOAD_BYTES;
    }

    private static void drain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > MAX_DRAINED_BYTES) {
            response.setHeader("Connection", "close");
            return;
        }
        byte[] buffer = new byte[65536];
        try (InputStream in = request.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // dropped
            }
        }
    }

    /** The request as a GET without body, parameters or Ajax header. */
    private static final class PlainPageRequest extends HttpServletRequestWrapper {

        PlainPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public String getHeader(String name) {
            return isHidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isHidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        private static boolean isHidden(String name) {
            return "Faces-Request".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name)
                    || "Content-Length".equalsIgnoreCase(name);
        }
    }
}
