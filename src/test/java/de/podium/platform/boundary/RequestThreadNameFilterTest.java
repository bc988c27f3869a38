package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static de.podium.testsupport.ServletFakes.request;
import static de.podium.testsupport.ServletFakes.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

class RequestThreadNameFilterTest {

    private final RequestThreadNameFilter filter = new RequestThreadNameFilter();
    private final String before = Thread.currentThread().getName();

    @Test
    void theThreadCarriesTheRequestIdWhileTheRequestRunsAndLosesItAfter() throws Exception {
        List<String> during = new ArrayList<>();
        filter.doFilter(request(Map.of(RequestObservationFilter.ATTRIBUTE, "lb-4711")), response(),
                (req, res) -> during.add(Thread.currentThread().getName()));
        assertEquals(List.of(before + " requestId=lb-4711"), during);
        assertEquals(before, Thread.currentThread().getName());
    }

    @Test
    void theNameIsRestoredWhenTheRequestFails() {
        assertThrows(ServletException.class, () -> filter.doFilter(request(Map.of(RequestObservationFilter.ATTRIBUTE, "x")),
                response(), (req, res) -> {
                    throw new ServletException("failed");
                }));
        assertEquals(before, Thread.currentThread().getName());
    }

    @Test
    void requestsWithoutAnIdKeepTheName() throws Exception {
        List<String> during = new ArrayList<>();
        filter.doFilter(request(Map.of()), response(), (req, res) -> during.add(Thread.currentThread().getName()));
        assertEquals(List.of(before), during);
    }
}
