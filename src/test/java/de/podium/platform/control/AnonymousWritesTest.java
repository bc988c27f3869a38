package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AnonymousWritesTest {

    @Test
    void limitPerAddressAndWindowWithTheSecondsUntilItEnds() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:02:30Z"), ZoneOffset.UTC);
        AnonymousWrites writes = new AnonymousWrites(3, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 3; i++) {
            writes.admit("203.0.113.1");
        }
        PodiumException.TooManyRequests refused = assertThrows(PodiumException.TooManyRequests.class,
                () -> writes.admit("203.0.113.1"));
        assertEquals(450, refused.retryAfterSeconds(), "until 10:10:00");
        assertDoesNotThrow(() -> writes.admit("203.0.113.2"), "other addresses have their own count");

        AnonymousWrites later = new AnonymousWrites(3, Duration.ofMinutes(10),
                Clock.offset(clock, Duration.ofMinutes(8)));
        assertDoesNotThrow(() -> later.admit("203.0.113.1"));
    }
}
