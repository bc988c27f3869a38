package de.podium.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.podium.testsupport.TestDatabase;

/**
 * The sender's claim query ({@link OutboxClaims#DUE}) against PostgreSQL, without the app: two senders claiming
 * at the same time get disjoint messages, and only due, unsent ones.
 */
class OutboxClaimsTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2030, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void twoSendersAtOnceNeverClaimTheSameMessageAndLeaveNoDueOneBehind() throws Exception {
        try (Connection db = TestDatabase.connect(); Statement clear = db.createStatement()) {
            clear.executeUpdate("DELETE FROM outbox_message");
        }
        Set<Long> due = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            due.add(message("QUEUED", NOW.minusMinutes(i)));
        }
        due.add(message("SENDING", NOW.minusMinutes(10))); // a lease that ran out: its node died
        message("SENDING", NOW.plusMinutes(5));             // a lease still running
        message("SENT", NOW.minusHours(1));
        message("FAILED", NOW.minusHours(1));
        message("QUEUED", NOW.plusMinutes(1));              // waiting for its retry

        try (Connection first = TestDatabase.connect(); Connection second = TestDatabase.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            List<Long> claimedFirst = claim(first, 6);
            List<Long> claimedSecond = claim(second, 100); // while the first still holds its rows
            first.commit();
            second.commit();

            assertEquals(6, claimedFirst.size());
            assertEquals(5, claimedSecond.size(), "the rest of the due messages, without waiting for the first sender");
            Set<Long> all = new HashSet<>(claimedFirst);
            all.addAll(claimedSecond);
            assertEquals(11, all.size(), "no message claimed twice");
            assertEquals(due, all);
        }
    }

    @Test
    void theOldestDueMessagesComeFirst() throws Exception {
        try (Connection db = TestDatabase.connect(); Statement clear = db.createStatement()) {
            clear.executeUpdate("DELETE FROM outbox_message");
        }
        long newer = message("QUEUED", NOW.minusMinutes(1));
        long older = message("QUEUED", NOW.minusMinutes(2));
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            assertEquals(List.of(older), claim(db, 1));
            db.rollback();
            List<Long> both = claim(db, 5);
            assertTrue(both.indexOf(older) < both.indexOf(newer), both::toString);
            db.rollback();
        }
    }

    private static List<Long> claim(Connection db, int limit) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(OutboxClaims.DUE)) {
            query.setObject(1, NOW);
            query.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static long message(String status, OffsetDateTime nextAttempt) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_message (kind, recipient, model, status, "
                     + "next_attempt_at, created_at) VALUES ('test', 'a@example.org', '{}', ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, status);
            insert.setObject(2, nextAttempt);
            insert.setObject(3, NOW);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
