package de.podium.platform.boundary;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Appends the request id ({@link RequestObservationFilter}) to the thread's name while the rest of the request
 * runs, so that every log record written for it, by Podium or the container, can be found by it. Mapped in web.xml
 * after the prepared reads: those answer from memory and log nothing, and naming a thread and naming it back costs
 * a few microseconds (the JDK renames the operating system's thread too), a twentieth of a prepared read's CPU.
 */
public class RequestThreadNameFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object id = request.getAttribute(RequestObservationFilter.ATTRIBUTE);
        if (id == null) {
            chain.doFilter(request, response);
            return;
        }
        Thread thread = Thread.currentThread();
        String name = thread.getName();
        thread.setName(name + " requestId=" + id);
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setName(name);
        }
    }
}
