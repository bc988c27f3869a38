package de.podium.platform.boundary;

import java.net.ConnectException;
import java.sql.SQLException;

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
            if (t instanceof ConnectException || isConnectionState(t) || isPoolFailure(t)) {
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

    private static boolean isPoolFailure(Throwable t) {
        String type = t.getClass().getName();
        String message = String.valueOf(t.getMessage());
        return type.endsWith("PoolingException") || type.endsWith("ResourceAllocationException")
                || message.contains("Error in allocating a connection");
    }
}
