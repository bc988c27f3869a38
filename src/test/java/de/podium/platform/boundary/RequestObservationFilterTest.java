package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class RequestObservationFilterTest {

    @Test
    void aLoadBalancersRequestIdIsKept() {
        assertEquals("lb-4711.a", RequestObservationFilter.requestId("lb-4711.a"));
    }

    @Test
    void missingOrForgedRequestIdsAreReplaced() {
        String fresh = RequestObservationFilter.requestId(null);
        assertTrue(fresh.matches("[0-9a-f-]{36}"), fresh);
        String injected = RequestObservationFilter.requestId("x\n{\"forged\":1}");
        assertNotEquals("x\n{\"forged\":1}", injected);
        assertEquals(36, RequestObservationFilter.requestId("a".repeat(65)).length());
    }

    @Test
    void accessLineIsOneJsonObjectEvenForOddPaths() {
        String line = RequestObservationFilter.accessLine("id-1", "GET", "/a\"b\\c\nd", 404, Duration.ofMillis(12));
        assertTrue(!line.contains("\n"), line);
        try (var reader = Json.createReader(new StringReader(line))) {
            JsonObject json = reader.readObject();
            assertEquals("id-1", json.getString("requestId"));
            assertEquals("/a\"b\\c\nd", json.getString("path"));
            assertEquals(404, json.getInt("status"));
            assertEquals(12, json.getInt("durationMs"));
        }
    }

    @Test
    void requestsAreTimedByKind() {
        assertEquals("api", RequestObservationFilter.kind("/api/conferences"));
        assertEquals("resource", RequestObservationFilter.kind("/jakarta.faces.resource/theme.css"));
        assertEquals("page", RequestObservationFilter.kind("/conferences/x"));
    }
}
