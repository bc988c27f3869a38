package de.podium.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.podium.testsupport.TestDatabase;

/** Place taking against PostgreSQL, without the app: many transactions at once never exceed a capacity. */
class PlacesTest {

    @ParameterizedTest(name = "both counters in one statement: {0}")
    @ValueSource(booleans = {true, false})
    void fortyTransactionsAtOnceTakeExactlyTheTwelvePlacesOfTheCategory(boolean inOneStatement) throws Exception {
        long conference = conference(100);
        long category = category(conference, 12);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            attempts.add(pool.submit(inTransaction(db -> Places.take(db, conference, category, inOneStatement))));
        }
        int taken = 0;
        for (Future<Boolean> attempt : attempts) {
            taken += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(12, taken);
        assertEquals(12, held("category", category));
        assertEquals(12, held("conference", conference), "places refused by the category are given back to the conference");
    }

    @Test
    void theConferenceCapacityHoldsAcrossItsCategories() throws Exception {
        long conference = conference(3);
        long first = category(conference, null);
        long second = category(conference, null);
        assertTrue(inTransaction(db -> Places.take(db, conference, first, true)).call());
        assertTrue(inTransaction(db -> Places.take(db, conference, second, true)).call());
        assertTrue(inTransaction(db -> Places.take(db, conference, second, true)).call());
        assertFalse(inTransaction(db -> Places.take(db, conference, first, true)).call());
        inTransaction(db -> {
            Places.release(db, conference, second);
            return null;
        }).call();
        assertTrue(inTransaction(db -> Places.take(db, conference, first, true)).call(), "a released place is free again");
        assertEquals(3, held("conference", conference));
        assertEquals(2, held("category", first));
        assertEquals(1, held("category", second));
    }

    @Test
    void aConferenceWithoutOverallCapacityIsNeitherCountedNorLockedWhenAPlaceIsTaken() throws Exception {
        long conference = conference(null);
        long category = category(conference, 2);
        try (Connection other = TestDatabase.connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM conference WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, conference);
                lock.executeQuery().close();
            }
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<Boolean> taken = pool.submit(inTransaction(db -> Places.take(db, conference, category, true)));
            assertTrue(taken.get(10, java.util.concurrent.TimeUnit.SECONDS),
                    "the place is taken while another transaction holds the conference row");
            other.rollback();
            pool.shutdown();
        }
        assertTrue(inTransaction(db -> Places.take(db, conference, category, true)).call());
        assertFalse(inTransaction(db -> Places.take(db, conference, category, true)).call(), "the category's capacity holds");
        assertEquals(2, held("category", category));
        assertEquals(0, held("conference", conference));
    }

    interface Work<T> {
        T run(Places.Statements db) throws SQLException;
    }

    /** One transaction on a connection of its own, with the app's SQL run through JDBC. */
    private static <T> Callable<T> inTransaction(Work<T> work) {
        return () -> {
            try (Connection db = TestDatabase.connect()) {
                db.setAutoCommit(false);
                T result = work.run(new Places.Statements() {
                    @Override
                    public int update(String sql, Object... parameters) {
                        try (PreparedStatement update = prepare(db, sql, parameters)) {
                            return update.executeUpdate();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    @Override
                    public Object value(String sql, Object... parameters) {
                        try (PreparedStatement query = prepare(db, sql, parameters); ResultSet row = query.executeQuery()) {
                            return row.next() ? row.getObject(1) : null;
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
                db.commit();
                return result;
            }
        };
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql.replaceAll("\\?\\d+", "?"));
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static long conference(Integer capacity) throws SQLException {
        return insert("INSERT INTO conference (slug, title, organizer_name, city, time_zone, starts_at, ends_at, "
                        + "capacity, created_at) VALUES (?, 'Plätze', 'Deutscher Landkreistag', 'Berlin', 'Europe/Berlin', "
                        + "TIMESTAMP '2027-05-10 09:00', TIMESTAMP '2027-05-10 17:00', ?, CURRENT_TIMESTAMP)",
                "places-" + System.nanoTime(), capacity);
    }

    private static long category(long conference, Integer capacity) throws SQLException {
        return insert("INSERT INTO category (conference_id, code, name, capacity) VALUES (?, ?, 'Gäste', ?)",
                conference, "C" + System.nanoTime(), capacity);
    }

    private static long insert(String sql, Object... values) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement insert = db.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int held(String table, long id) throws SQLException {
        try (Connection db = TestDatabase.connect();
             PreparedStatement query = db.prepareStatement("SELECT held FROM " + table + " WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
