package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    private static final String CONSTRAINT = "uq_registration_active_email";

    /** As the JPA provider hands it on: the driver's exception under EclipseLink's and JPA's. */
    private static PersistenceException failed(String message, String sqlState) {
        return new PersistenceException(DatabaseException.sqlException(new SQLException(message, sqlState)));
    }

    @Test
    void theNamedConstraintIsFoundInPostgreSqlsAndH2sMessages() {
        assertTrue(UniqueViolation.of(failed(
                "ERROR: duplicate key value violates unique constraint \"uq_registration_active_email\"\n"
                        + "  Detail: Key (conference_id, active_email)=(1, a@b.example) already exists.", "23505"), CONSTRAINT));
        assertTrue(UniqueViolation.of(failed(
                "Unique index or primary key violation: \"PUBLIC.UQ_REGISTRATION_ACTIVE_EMAIL_INDEX_3 ON "
                        + "PUBLIC.REGISTRATION(CONFERENCE_ID NULLS FIRST, ACTIVE_EMAIL NULLS FIRST) VALUES ( /* key:1 */ 1, "
                        + "'a@b.example')\"; SQL statement:\nINSERT INTO registration … [23505-232]", "23505"), CONSTRAINT));
    }

    @Test
    void anotherConstraintOrAnotherFailureIsNotIt() {
        PersistenceException shortCode = failed(
                "ERROR: duplicate key value violates unique constraint \"uq_registration_short_code\"", "23505");
        assertFalse(UniqueViolation.of(shortCode, CONSTRAINT));
        assertTrue(UniqueViolation.causes(shortCode), "still a unique violation");
        assertFalse(UniqueViolation.of(failed("ERROR: null value in column \"email\" of relation \"registration\" "
                + "violates not-null constraint uq_registration_active_email", "23502"), CONSTRAINT));
        assertFalse(UniqueViolation.of(new PersistenceException("no database behind it"), CONSTRAINT));
    }
}
