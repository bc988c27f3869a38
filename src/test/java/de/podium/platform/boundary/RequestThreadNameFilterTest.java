package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

    private static HttpServletRequest request(Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "getAttribute".equals(method.getName()) ? attributes.get((String) args[0]) : null);
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> null);
    }
}
