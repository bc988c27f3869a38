package de.podium.platform.control;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many HTTP requests this node is answering right now (probes and metric scrapes not counted). Background
 * work that can wait, such as rendering and sending queued mail, looks at it to leave the CPU to people waiting
 * for an answer.
 */
public final class RequestsInFlight {

    private static final AtomicInteger NOW = new AtomicInteger();

    private RequestsInFlight() {
    }

    public static void started() {
        NOW.incrementAndGet();
    }

    public static void ended() {
        NOW.decrementAndGet();
    }

    public static int now() {
        return NOW.get();
    }
}
