package de.podium.platform.control;

import java.sql.SQLException;
import java.util.Locale;

/** A statement the database refused because a unique index already holds the value (SQLSTATE 23505, PostgreSQL and H2). */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /** Whether the failure, or anything that caused it, is such a refusal. */
    public static boolean causes(Throwable failure) {
        return refusal(failure) != null;
    }

    /**
     * Whether the failure is such a refusal by the named constraint. Both databases name it in the message:
     * PostgreSQL {@code violates unique constraint "uq_…"}, H2 {@code violation: "PUBLIC.UQ_… ON …"}.
     */
    public static boolean of(Throwable failure, String constraint) {
        SQLException refusal = refusal(failure);
        return refusal != null && refusal.getMessage() != null
                && refusal.getMessage().toLowerCase(Locale.ROOT).contains(constraint.toLowerCase(Locale.ROOT));
    }

    private static SQLException refusal(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return sql;
            }
        }
        return null;
    }
}
