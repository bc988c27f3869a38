package de.podium.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TarpitTest {

    private final Tarpit tarpit = new Tarpit();

    @Test
    void answersAtOnceWithoutADelay() {
        long start = System.nanoTime();
        assertTrue(tarpit.hold(Duration.ZERO));
        assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(50));
    }

    @Test
    void holdsAnAnswerForTheDelay() {
        long start = System.nanoTime();
        assertTrue(tarpit.hold(Duration.ofMillis(200)));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200), "the answer came late");
    }

    @Test
    void refusesAtOnceWhileItHoldsAsManyAnswersAsItWill() throws Exception {
        ExecutorService guesses = Executors.newFixedThreadPool(Tarpit.HELD_AT_ONCE);
        try {
            CountDownLatch started = new CountDownLatch(Tarpit.HELD_AT_ONCE);
            List<Future<Boolean>> held = new ArrayList<>();
            for (int i = 0; i < Tarpit.HELD_AT_ONCE; i++) {
                held.add(guesses.submit(() -> {
                    started.countDown();
                    return tarpit.hold(Duration.ofSeconds(3));
                }));
            }
            assertTrue(started.await(5, TimeUnit.SECONDS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (tarpit.held() < Tarpit.HELD_AT_ONCE && System.nanoTime() < deadline) {
                Thread.sleep(10);   // until the four are asleep in the tarpit, however slow the machine
            }
            long start = System.nanoTime();
            assertFalse(tarpit.hold(Duration.ofSeconds(2)), "a fifth guess is refused");
            assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(500), "and not held");
            for (Future<Boolean> answer : held) {
                assertTrue(answer.get(10, TimeUnit.SECONDS));
            }
            assertTrue(tarpit.hold(Duration.ofMillis(10)), "places are free again afterwards");
        } finally {
            guesses.shutdownNow();
        }
    }
}
