package de.podium.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.it.PodiumServer.Answer;

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
}
