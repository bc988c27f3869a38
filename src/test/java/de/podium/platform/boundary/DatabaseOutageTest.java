package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;

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

    /** What a @Transactional service threw when PostgreSQL was restarted while its commit was under way. */
    @Test
    void aCommitThatLostItsConnectionIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(commitFailure(XAException.XAER_RMERR,
                "jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to administrator command")));
        assertTrue(DatabaseOutage.causedBy(commitFailure(XAException.XAER_RMERR,
                "jakarta.resource.spi.LocalTransactionException: An I/O error occurred while sending to the backend.")));
        assertTrue(DatabaseOutage.causedBy(commitFailure(XAException.XAER_RMFAIL, null)));
        assertTrue(DatabaseOutage.causedBy(commitFailure(XAException.XAER_RMERR, "jakarta.resource.ResourceException: "
                + "This Managed Connection is not valid as the physical connection is not usable")));
    }

    @Test
    void aCommitRejectedByAConstraintIsNot() {
        assertFalse(DatabaseOutage.causedBy(commitFailure(XAException.XAER_RMERR,
                "jakarta.resource.spi.LocalTransactionException: ERROR: duplicate key value violates unique constraint")));
        assertFalse(DatabaseOutage.causedBy(new TransactionalException("commit failed", new SystemException())));
    }

    /** The chain as Payara builds it: the connector's cause-less XAException, JTA's SystemException, the interceptor's TransactionalException. */
    private static TransactionalException commitFailure(int errorCode, String connectorMessage) {
        XAException xa = connectorMessage == null ? new XAException(errorCode) : new XAException(connectorMessage);
        xa.errorCode = errorCode;
        SystemException system = new SystemException();
        system.initCause(xa);
        return new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED "
                + "encountered exception during commit " + system, system);
    }
}
