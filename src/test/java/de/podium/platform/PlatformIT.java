package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

class PlatformIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void readyWhenDatabaseIsMigrated() {
        Answer ready = podium.get("/health/ready").send();
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("\"UP\""), ready::toString);
        assertEquals(200, podium.get("/health/live").send().status());
    }

    @Test
    void openApiDescribesTheConferenceApi() {
        Answer openapi = podium.get("/openapi").send();
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/conferences"), openapi::toString);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        Answer page = podium.get("/").send();
        assertEquals(200, page.status());
        assertNotNull(page.header("Content-Security-Policy"));
        assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertNotNull(page.header("Referrer-Policy"));
    }

    @Test
    void noSessionIdInUrls() {
        Answer page = podium.get("/login").send();
        assertEquals(200, page.status());
        assertTrue(!page.body().contains("jsessionid"), "jsessionid leaked into a URL");
        String cookie = page.header("Set-Cookie");
        if (cookie != null) {
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertTrue(cookie.contains("SameSite"), cookie);
        }
    }

    @Test
    void publicPagesCreateNoSession() {
        assertNull(podium.get("/conferences/" + PodiumServer.DEMO_SLUG).send().header("Set-Cookie"));
    }

    @Test
    void requestIdOfTheCallerIsEchoedAndFoundInTheLog() throws Exception {
        String id = "it-" + System.nanoTime();
        Answer page = podium.get("/conferences/" + PodiumServer.DEMO_SLUG).header("X-Request-Id", id).send();
        assertEquals(200, page.status());
        assertEquals(id, page.header("X-Request-Id"));
        String accessLine = "{\"requestId\":\"" + id + "\",\"method\":\"GET\",\"path\":\"/conferences/"
                + PodiumServer.DEMO_SLUG + "\",\"status\":200";
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!podium.log().contains(accessLine) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(podium.log().contains(accessLine), "no access line with the request id in the log");

        String generated = podium.get("/api/conferences").send().header("X-Request-Id");
        assertTrue(generated != null && generated.matches("[0-9a-f-]{36}"), generated);
        assertTrue(!id.equals(generated));
    }

    @Test
    void metricsCountRequestsAndShowWhatIsStored() throws Exception {
        double before = metric("podium_http_requests_seconds_count", "kind=\"api\"", "status=\"2xx\"");
        assertEquals(200, podium.get("/api/conferences").send().status());
        assertEquals(200, podium.get("/api/conferences").send().status());
        assertTrue(metric("podium_http_requests_seconds_count", "kind=\"api\"", "status=\"2xx\"") >= before + 2,
                "the request timer did not count two API calls");

        long confirmed = count("SELECT COUNT(*) FROM registration WHERE status = 'CONFIRMED'");
        long queued = count("SELECT COUNT(*) FROM outbox_message WHERE status IN ('QUEUED', 'SENDING')");
        assertTrue(confirmed > 0, "the demo data has confirmed registrations");
        long deadline = System.nanoTime() + 12_000_000_000L; // gauges are read from the database every 5 s at most
        while (metric("podium_registrations", "status=\"CONFIRMED\"") != confirmed && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(confirmed, (long) metric("podium_registrations", "status=\"CONFIRMED\""));
        assertTrue(Math.abs(metric("podium_mail_queued") - queued) <= 5, "mail queue gauge far from the database");
        assertTrue(metricsText().contains("podium_mail_failed{"), "no gauge of failed mail");
    }

    private static double metric(String name, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(metricsText());
        double sum = 0;
        boolean found = false;
        while (line.find()) {
            boolean matches = true;
            for (String label : labels) {
                matches &= line.group(1).contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(line.group(2));
                found = true;
            }
        }
        return found ? sum : 0;
    }

    private static String metricsText() {
        Answer metrics = podium.get("/metrics").send();
        assertEquals(200, metrics.status(), metrics::toString);
        return metrics.body();
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = PodiumServer.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
