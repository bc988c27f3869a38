package de.podium.platform.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A page rendered into memory so that {@link PreparedPageFilter} can keep it. Headers go to the real response as
 * usual; errors and redirects too, and then nothing of the body is kept (the error page is written to the real
 * response). A page that sets a cookie is not kept.
 */
final class RenderedPage extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = SC_OK;
    private boolean cookie;
    private boolean passedThrough;

    RenderedPage(HttpServletResponse response) {
        super(response);
    }

    boolean cacheable() {
        String type = getContentType();
        return !passedThrough && !cookie && status == SC_OK && type != null && type.startsWith("text/html");
    }

    /** True when the response went out directly (an error page, a redirect): nothing is left to write. */
    boolean passedThrough() {
        return passedThrough;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie added) {
        cookie = true;
        super.addCookie(added);
    }

    @Override
    public void setHeader(String name, String value) {
        cookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        cookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    @Override
    public void setContentLength(int len) {
        if (passedThrough) {
            super.setContentLength(len);
        } // otherwise the filter sets the length of what it writes
    }

    @Override
    public void setContentLengthLong(long len) {
        if (passedThrough) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (passedThrough) {
            super.flushBuffer();
        } else if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        if (passedThrough) {
            super.resetBuffer();
        } else {
            body.reset();
        }
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (passedThrough) {
            return super.getWriter(); // the error page after sendError
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (passedThrough) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking only");
                }
            };
        }
        return stream;
    }
}
