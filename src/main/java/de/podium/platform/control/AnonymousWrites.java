package de.podium.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many writes that send mail or take places one client address may make without signing in
 * ({@code podium.http.anonymous-writes.max} per {@code podium.http.anonymous-writes.window-seconds}).
 * One probe registered 200 times in 2.5 s, mailing a victim each time, and took all 50 places of a conference
 * in a second. Counted per node in fixed windows: a burst at one node is what the limit is for, and behind a
 * load balancer a client is refused at most (nodes) times later than on one node.
 */
@ApplicationScoped
public class AnonymousWrites {

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private int max = 20;
    private Duration window = Duration.ofMinutes(10);
    private Clock clock = Clock.systemUTC();

    protected AnonymousWrites() {
    }

    @Inject
    public AnonymousWrites(@ConfigProperty(name = "podium.http.anonymous-writes.max", defaultValue = "20") int max,
                           @ConfigProperty(name = "podium.http.anonymous-writes.window-seconds", defaultValue = "600")
                           long windowSeconds) {
        this(max, Duration.ofSeconds(windowSeconds), Clock.systemUTC());
    }

    AnonymousWrites(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one write of the address, or refuses it with the seconds until its window ends. */
    public void admit(String address) {
        long now = clock.millis();
        long start = now - now % window.toMillis();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.start < start);
        }
        Window current = windows.compute(address == null ? "" : address,
                (key, old) -> old == null || old.start != start ? new Window(start) : old);
        if (current.count.incrementAndGet() > max) {
            long retryAfter = Math.max(1, (start + window.toMillis() - now + 999) / 1000);
            throw new PodiumException.TooManyRequests("too_many_requests", "error.anonymousWrites", retryAfter,
                    retryAfter / 60 + 1);
        }
    }

    private static final class Window {
        final long start;
        final AtomicInteger count = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
