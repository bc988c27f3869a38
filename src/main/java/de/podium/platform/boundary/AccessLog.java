package de.podium.platform.boundary;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;

/**
 * Writes the access lines off the request threads. The console handler behind java.util.logging takes one
 * lock per record and writes synchronously: logged from the request threads it capped the public agenda at
 * about 200 requests per second on two cores (every thread waiting in ConsoleHandler.publish). Lines wait in
 * a bounded queue for one writer thread; when the queue is full a line is dropped and counted, never the
 * request slowed down. The queue takes no lock (a blocking queue's one lock made request threads queue for it
 * at a few thousand requests per second); the writer looks for new lines every few milliseconds.
 */
final class AccessLog {

    private static final Logger ACCESS = Logger.getLogger("de.podium.access");
    private static final int CAPACITY = 10_000;
    private static final Queue<String> LINES = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger WAITING = new AtomicInteger();
    private static final AtomicLong DROPPED = new AtomicLong();

    static {
        Thread writer = new Thread(AccessLog::drain, "podium-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    private AccessLog() {
    }

    static void write(String line) {
        if (WAITING.incrementAndGet() > CAPACITY) {
            WAITING.decrementAndGet();
            DROPPED.incrementAndGet();
            return;
        }
        LINES.offer(line);
    }

    private static void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            String line = LINES.poll();
            if (line == null) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                continue;
            }
            WAITING.decrementAndGet();
            long dropped = DROPPED.getAndSet(0);
            if (dropped > 0) {
                ACCESS.warning(dropped + " access lines dropped: the log could not keep up");
            }
            ACCESS.info(line);
        }
    }
}
