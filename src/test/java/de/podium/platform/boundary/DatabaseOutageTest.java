package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connectionFailuresAreAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("cut", "08006"))));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("shutdown", "57P01"))));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Error in allocating a connection. Cause: refused")));
    }

    @Test
    void bugsAndConstraintViolationsAreNot() {
        assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
        assertFalse(DatabaseOutage.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))));
    }
}
