package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the foreign keys from a new registration, its outbox row and its answers to the conference, the
 * category and a chosen option are checked when the transaction commits instead of at each INSERT.
 * <p>
 * Why: a registration takes its places by updating the conference's, the category's and the options' counters, the
 * same rows these keys point to. An immediate check locks the referenced row (FOR KEY SHARE) from the INSERT until the
 * commit, so every registration in flight held a share lock on the row that all the others were updating, and
 * PostgreSQL had to record each update's lockers as a new multixact and walk them on every read of that row.
 * pgbench running Podium's own registration transaction on its schema: 235–304 transactions a second from 16
 * clients with the immediate checks, 553–748 deferred (612–1,081 with no keys at all). Checked at commit, the
 * key of a row the transaction has just updated needs no further lock.
 * <p>
 * Deletions are not affected: ON DELETE CASCADE and SET NULL still act at once. H2 (the embedded default, one
 * node) has no deferred constraints and no such locks; there this migration does nothing. Java rather than SQL
 * because the constraints carry names PostgreSQL chose, looked up here, and the SQL does not exist on H2.
 */
public class V244__Deferred_place_foreign_keys extends BaseJavaMigration {

    private static final String[][] KEYS = {
        {"registration", "conference_id", "conference"},
        {"registration", "category_id", "category"},
        {"outbox_message", "conference_id", "conference"},
        {"registration_answer", "option_id", "question_option"},
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        List<String> alterations = new ArrayList<>();
        for (String[] key : KEYS) {
            alterations.add("ALTER TABLE " + key[0] + " ALTER CONSTRAINT " + constraintName(connection, key)
                    + " DEFERRABLE INITIALLY DEFERRED");
        }
        try (Statement statement = connection.createStatement()) {
            for (String alteration : alterations) {
                statement.execute(alteration);
            }
        }
    }

    private static String constraintName(Connection connection, String[] key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.conname FROM pg_constraint c
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                WHERE c.contype = 'f' AND c.conrelid = to_regclass(?) AND c.confrelid = to_regclass(?)
                  AND cardinality(c.conkey) = 1 AND a.attname = ?""")) {
            query.setString(1, key[0]);
            query.setString(2, key[2]);
            query.setString(3, key[1]);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("no foreign key " + key[0] + "." + key[1] + " -> " + key[2]);
                }
                return "\"" + rows.getString(1) + "\"";
            }
        }
    }
}
