package de.podium.platform.boundary;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Writes the access lines off the request threads. The console handler behind java.util.logging takes one
 * lock per record and writes synchronously: logged from the request threads it capped the public agenda at
 * about 200 requests per second on two cores (every thread waiting in ConsoleHandler.publish). Lines wait in
 * a bounded queue for one writer thread; when the queue is full a line is dropped and counted, never the
 * request slowed down.
 */
final class AccessLog {

    private static final Logger ACCESS = Logger.getLogger("de.podium.access");
    private static final BlockingQueue<String> LINES = new ArrayBlockingQueue<>(10_000);
    private static final AtomicLong DROPPED = new AtomicLong();

    static {
        Thread writer = new Thread(AccessLog::drain, "podium-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    private AccessLog() {
    }

    static void write(String line) {
        if (!LINES.offer(line)) {
            DROPPED.incrementAndGet();
        }
    }

    private static void drain() {
        while (true) {
            try {
                String line = LINES.take();
                long dropped = DROPPED.getAndSet(0);
                if (dropped > 0) {
                    ACCESS.warning(dropped + " access lines dropped: the log could not keep up");
                }
                ACCESS.info(line);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
