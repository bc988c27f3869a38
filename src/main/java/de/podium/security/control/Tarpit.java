package de.podium.security.control;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Holds the answer to a failed sign-in from an address over its limit for a moment, and at most
 * {@value #HELD_AT_ONCE} such answers at a time on a node: a held answer holds one of Payara's 16 HTTP workers,
 * so beyond that the guess is refused at once instead of waiting.
 */
@ApplicationScoped
public class Tarpit {

    static final int HELD_AT_ONCE = 4;

    private final Semaphore places = new Semaphore(HELD_AT_ONCE);

    /** Waits for the delay and answers true; answers false at once when the tarpit is full (refuse the request). */
    public boolean hold(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return true;
        }
        if (!places.tryAcquire()) {
            return false;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            places.release();
        }
        return true;
    }

    /** Answers held right now. */
    int held() {
        return HELD_AT_ONCE - places.availablePermits();
    }
}
