package de.podium.platform.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs work after the request, on the EJB container's asynchronous pool, each run in an invocation of its own.
 * <p>
 * Not Payara's managed executor: it hands the task a shallow copy of the submitting request's invocation, which shares
 * the request's list of non-transactional entity managers. Whichever of the two ended first closed the other's, and the
 * later one failed on an already closed entity manager — a 500 for the organizer who started a badge run.
 * <p>
 * The work gets no transaction: what it stores, it stores in transactions of its own, so progress is seen at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundWork {

    @Asynchronous
    public void run(Runnable work) {
        work.run();
    }
}
