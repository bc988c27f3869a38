package de.podium.agenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SharedVersionQueryTest {

    /** A version published while a query runs is seen by every read that arrived after the publication. */
    @Test
    void aReadNeverGetsAnAnswerFromAQueryThatStartedBeforeIt() throws Exception {
        PublishedAgendaCache.SharedQuery shared = new PublishedAgendaCache.SharedQuery();
        AtomicInteger published = new AtomicInteger(1);
        CountDownLatch firstQueryRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<Integer> early = pool.submit(() -> shared.answer(() -> {
                int seen = published.get();
                firstQueryRunning.countDown();
                await(release);
                return seen;
            }));
            assertTrue(firstQueryRunning.await(5, TimeUnit.SECONDS));
            published.set(2); // committed while the first query still runs
            List<Future<Integer>> late = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                late.add(pool.submit(() -> shared.answer(published::get)));
            }
            Thread.sleep(100);
            release.countDown();
            assertEquals(1, early.get(5, TimeUnit.SECONDS));
            for (Future<Integer> read : late) {
                assertEquals(2, read.get(5, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedQueryFailsItsReadsAndTheNextReadAsksAgain() {
        PublishedAgendaCache.SharedQuery shared = new PublishedAgendaCache.SharedQuery();
        IllegalStateException down = new IllegalStateException("database down");
        assertThrows(IllegalStateException.class, () -> shared.answer(() -> { throw down; }));
        assertEquals(3, shared.answer(() -> 3));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new CompletionException(e);
        }
    }
}
