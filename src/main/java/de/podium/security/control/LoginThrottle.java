package de.podium.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one address,
 * within the window, further attempts are refused until the oldest failure leaves the window. Addresses get
 * a higher limit than accounts, because a whole office may sign in from behind one address.
 * Counts are kept per node; with several nodes the limit applies per node.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private int maxFailures;
    private int maxFailuresPerAddress;
    private Duration window;
    private Clock clock;

    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(@ConfigProperty(name = "podium.security.login.max-failures", defaultValue = "5") int maxFailures,
                         @ConfigProperty(name = "podium.security.login.max-failures-per-address", defaultValue = "50")
                         int maxFailuresPerAddress,
                         @ConfigProperty(name = "podium.security.login.window-seconds", defaultValue = "300") long windowSeconds) {
        this(maxFailures, maxFailuresPerAddress, Duration.ofSeconds(windowSeconds), Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds until another attempt is allowed, or 0 when the caller may try now. */
    public long secondsUntilAllowed(String account, String address) {
        return Math.max(wait("account:" + normalise(account), maxFailures),
                wait("address:" + address, maxFailuresPerAddress));
    }

    public void recordFailure(String account, String address) {
        record("account:" + normalise(account));
        record("address:" + address);
    }

    public void recordSuccess(String account) {
        failures.remove("account:" + normalise(account));
    }

    private long wait(String key, int limit) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() < limit) {
                return 0;
            }
            return Math.max(1, Duration.between(clock.instant(), recent.peekFirst().plus(window)).toSeconds());
        }
    }

    private void record(String key) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String normalise(String account) {
        return account == null ? "" : account.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
