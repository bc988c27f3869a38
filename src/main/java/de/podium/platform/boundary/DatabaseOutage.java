package de.podium.platform.boundary;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.regex.Pattern;

import javax.transaction.xa.XAException;

/**
 * Recognises a failure that means "the database is not reachable right now" (server restarting, connection
 * refused or cut, pool unable to connect), as opposed to a bug: clients should retry, not report an incident.
 */
final class DatabaseOutage {

    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof ConnectException || isConnectionState(t) || isPoolFailure(t) || isLostAtCommit(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), 57P (operator intervention: shutdown), 53300 (too many connections). */
    private static boolean isConnectionState(Throwable t) {
        if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        String state = sql.getSQLState();
        return state.startsWith("08") || state.startsWith("57P") || state.equals("53300");
    }

    /**
     * PostgreSQL's texts for a lost session, as pgjdbc puts them into its messages: a FATAL or PANIC error always
     * ends the server session (e.g. "FATAL: terminating connection due to administrator command" on a fast
     * shutdown), and the driver's own I/O failures mean the socket is gone; Payara's pool says "the physical
     * connection is not usable" of a connection it has seen fail.
     */
    private static final Pattern LOST_SESSION = Pattern.compile(
            "\\b(FATAL|PANIC): |An I/O error occurred while sending to the backend|This connection has been closed"
            + "|physical connection is not usable");

    /**
     * A commit that failed because the connection was lost. Payara's connector commits the local transaction
     * and turns its failure into a cause-less {@link XAException} whose message is the
     * {@code LocalTransactionException}'s text (the SQLException and its SQLSTATE are dropped), which JTA then
     * wraps as SystemException, and a {@code @Transactional} bean as TransactionalException. A resource manager
     * that has failed (XAER_RMFAIL) is an outage as such; otherwise only the text tells a lost session from a
     * constraint violated at commit, which stays a bug.
     */
    private static boolean isLostAtCommit(Throwable t) {
        if (!(t instanceof XAException xa)) {
            return false;
        }
        return xa.errorCode == XAException.XAER_RMFAIL
                || xa.getMessage() != null && LOST_SESSION.matcher(xa.getMessage()).find();
    }

    private static boolean isPoolFailure(Throwable t) {
        String type = t.getClass().getName();
        String message = String.valueOf(t.getMessage());
        return type.endsWith("PoolingException") || type.endsWith("ResourceAllocationException")
                || message.contains("Error in allocating a connection");
    }
}
