package de.podium.platform.control;

import java.sql.SQLException;

/** A statement the database refused because a unique index already holds the value (SQLSTATE 23505, PostgreSQL and H2). */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /** Whether the failure, or anything that caused it, is such a refusal. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
