package de.podium.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new MemoryFailures(), 3, 10, Duration.ofMinutes(5), clock);

    @Test
    void refusesAnAccountAfterTooManyFailuresUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, throttle.secondsUntilAllowed("Anna@Example.org", "10.0.0.1"));
            throttle.recordFailure("anna@example.org", "10.0.0.1");
        }
        long wait = throttle.secondsUntilAllowed("anna@example.org", "10.0.0.2");
        assertTrue(wait > 0 && wait <= 300, "blocked for the rest of the window, from any address: " + wait);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals(0, throttle.secondsUntilAllowed("anna@example.org", "10.0.0.1"));
    }

    @Test
    void anAddressOverItsLimitRefusesAccountsThatFailedThereButNotOthers() {
        throttle.recordFailure("anna@example.org", "10.0.0.9");
        for (int i = 0; i < 8; i++) {
            throttle.recordFailure("person" + i + "@example.org", "10.0.0.9");
        }
        assertEquals(0, throttle.secondsUntilAllowed("anna@example.org", "10.0.0.9"), "the limit is not reached yet");
        assertEquals(Duration.ZERO, throttle.failureDelay("10.0.0.9"));
        throttle.recordFailure("person9@example.org", "10.0.0.9");
        assertTrue(throttle.secondsUntilAllowed("anna@example.org", "10.0.0.9") > 0, "anna failed before: refused");
        assertEquals(0, throttle.secondsUntilAllowed("anna@example.org", "10.0.0.10"), "other addresses are not affected");
        assertTrue(throttle.failureDelay("10.0.0.9").compareTo(Duration.ZERO) > 0, "further guesses are slowed down");
    }

    @Test
    void guessesOnInventedAccountsNeverLockOutSomeoneWithoutFailures() {
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("invented" + i + "@example.org", "10.0.0.9");
        }
        assertEquals(0, throttle.secondsUntilAllowed("organizer@podium.example", "10.0.0.9"));
    }

    @Test
    void successClearsTheAccountsFailures() {
        throttle.recordFailure("anna@example.org", "10.0.0.1");
        throttle.recordFailure("anna@example.org", "10.0.0.1");
        throttle.recordSuccess("anna@example.org");
        throttle.recordFailure("anna@example.org", "10.0.0.1");
        throttle.recordFailure("anna@example.org", "10.0.0.1");
        assertEquals(0, throttle.secondsUntilAllowed("anna@example.org", "10.0.0.1"));
    }

    /** The store's contract as the database keeps it (see ClusterIT for the shared one). */
    private static final class MemoryFailures implements LoginFailures {
        private final java.util.List<java.util.Map.Entry<String, Instant>> rows = new java.util.ArrayList<>();

        @Override
        public java.util.List<Instant> since(String key, Instant cutoff) {
            return rows.stream().filter(r -> r.getKey().equals(key) && r.getValue().isAfter(cutoff))
                    .map(java.util.Map.Entry::getValue).sorted().toList();
        }

        @Override
        public void add(String key, Instant at, Instant cutoff) {
            rows.removeIf(r -> !r.getValue().isAfter(cutoff));
            rows.add(java.util.Map.entry(key, at));
        }

        @Override
        public void clear(String key) {
            rows.removeIf(r -> r.getKey().equals(key));
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
