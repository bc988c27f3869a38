package de.podium.platform.control;

import java.util.concurrent.atomic.LongAdder;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the queries EclipseLink is asked to run while an HTTP request is being answered (background jobs such as
 * the mail sender do not count), exported as {@code podium_db_request_queries}: the proof that prepared public
 * reads are served without the database. A query answered from a cache counts too, so the figure errs high.
 */
public final class RequestQueries extends SessionEventAdapter {

    private static final ThreadLocal<Boolean> ANSWERING = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private static final LongAdder COUNT = new LongAdder();

    /** The current thread starts answering a request. */
    public static void enter() {
        ANSWERING.set(Boolean.TRUE);
    }

    public static void leave() {
        ANSWERING.remove();
    }

    public static long count() {
        return COUNT.sum();
    }

    @Override
    public void preExecuteQuery(SessionEvent event) {
        if (ANSWERING.get()) {
            COUNT.increment();
        }
    }
}
