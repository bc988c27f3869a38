package de.podium.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import de.podium.mail.control.OutboxClaims;
import de.podium.testsupport.PodiumServer;

/** Several senders claiming at once on PostgreSQL never get the same message: the outbox's claim query itself. */
class OutboxClaimIT {

    @Test
    void concurrentClaimersGetDisjointMessages() throws Exception {
        PodiumServer.recreateDatabase("podium_it_claims");
        String url = PodiumServer.jdbcUrl("podium_it_claims");
        Flyway.configure().dataSource(url, "postgres", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_message "
                     + "(kind, recipient, locale, model, status, attempts, next_attempt_at, created_at) "
                     + "VALUES ('test', ?, 'de', '{}', 'QUEUED', 0, ?, ?)")) {
            OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
            for (int i = 0; i < 300; i++) {
                insert.setString(1, "person" + i + "@example.org");
                insert.setObject(2, past);
                insert.setObject(3, past);
                insert.addBatch();
            }
            insert.executeBatch();
        }

        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            results.add(senders.submit(claimUntilEmpty(url, claimed)));
        }
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get();
        }
        senders.shutdown();

        Set<Long> distinct = new HashSet<>(claimed);
        assertEquals(300, total, "every message claimed");
        assertEquals(claimed.size(), distinct.size(), "no message claimed twice");
        assertTrue(results.stream().filter(r -> {
            try {
                return r.get() > 0;
            } catch (Exception e) {
                return false;
            }
        }).count() > 1, "more than one sender took part");
    }

    private static Callable<Integer> claimUntilEmpty(String url, List<Long> claimed) {
        return () -> {
            int count = 0;
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                connection.setAutoCommit(false);
                while (true) {
                    List<Long> batch = new ArrayList<>();
                    try (PreparedStatement due = connection.prepareStatement(OutboxClaims.DUE)) {
                        due.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                        due.setInt(2, 7);
                        try (ResultSet rows = due.executeQuery()) {
                            while (rows.next()) {
                                batch.add(rows.getLong(1));
                            }
                        }
                    }
                    if (batch.isEmpty()) {
                        connection.commit();
                        return count;
                    }
                    try (PreparedStatement take = connection.prepareStatement(
                            "UPDATE outbox_message SET status = 'SENT' WHERE id = ?")) {
                        for (Long id : batch) {
                            take.setLong(1, id);
                            take.addBatch();
                        }
                        take.executeBatch();
                    }
                    Thread.sleep(5);
                    connection.commit();
                    claimed.addAll(batch);
                    count += batch.size();
                }
            }
        };
    }
}
