package de.podium.platform.control;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many HTTP requests this node is answering right now (probes and metric scrapes not counted). Background
 * work that can wait, such as rendering and sending queued mail, looks at it to leave the CPU to people waiting
 * for an answer.
 */
public final class RequestsInFlight {

    private static final AtomicInteger NOW = new AtomicInteger();
    private static final AtomicInteger PEAK = new AtomicInteger();

    private RequestsInFlight() {
    }

    public static void started() {
        int now = NOW.incrementAndGet();
        if (now > PEAK.get()) {
            PEAK.accumulateAndGet(now, Math::max);
        }
    }

    public static void ended() {
        NOW.decrementAndGet();
    }

    /**
     * The most requests in flight at once since the last call, at least those in flight now. A single look at
     * the current count is a sample: in a rush the count dips between two requests, and whoever looks then sees a
     * quiet node.
     */
    public static int peakSinceLastAsked() {
        return Math.max(PEAK.getAndSet(0), NOW.get());
    }
}
