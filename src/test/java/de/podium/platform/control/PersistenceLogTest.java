package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.logging.SessionLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersistenceLogTest {

    private final Logger eclipseLink = Logger.getLogger("org.eclipse.persistence");
    private final List<LogRecord> published = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            published.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final PersistenceLog log = new PersistenceLog();

    @BeforeEach
    void listen() {
        eclipseLink.addHandler(capture);
        eclipseLink.setUseParentHandlers(false);
        log.setLevel(SessionLog.WARNING);
    }

    @AfterEach
    void stopListening() {
        eclipseLink.removeHandler(capture);
        eclipseLink.setUseParentHandlers(true);
    }

    @Test
    void aSecondActiveRegistrationRefusedByTheUniqueIndexIsNotLoggedAsAWarning() {
        log.logThrowable(SessionLog.WARNING, null, DatabaseException.sqlException(new SQLException(
                "ERROR: duplicate key value violates unique constraint \"uq_registration_active_email\"", "23505")));

        assertEquals(List.of(), published);
    }

    @Test
    void everyOtherFailedStatementIsLogged() {
        log.logThrowable(SessionLog.WARNING, null, DatabaseException.sqlException(new SQLException(
                "ERROR: null value in column \"email\" violates not-null constraint", "23502")));
        log.logThrowable(SessionLog.WARNING, null, new IllegalStateException("no statement at all"));

        assertEquals(2, published.size());
        assertEquals("23502", ((SQLException) published.get(0).getThrown().getCause()).getSQLState());
    }
}
