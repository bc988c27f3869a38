package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;

/** The same migration scripts must build the schema on the embedded H2 and on PostgreSQL. */
class MigrationsIT {

    @Test
    void allMigrationsApplyOnH2() throws Exception {
        Path dir = Files.createTempDirectory("podium-h2");
        String url = "jdbc:h2:file:" + dir.resolve("podium") + ";MODE=LEGACY";
        assertAllApplied(Flyway.configure().dataSource(url, "podium", "podium").load());
        try (Connection connection = DriverManager.getConnection(url, "podium", "podium");
             ResultSet tables = connection.getMetaData().getTables(null, null, "CONFERENCE", null)) {
            assertTrue(tables.next(), "conference table exists on H2");
        }
    }

    @Test
    void allMigrationsApplyOnPostgresql() throws Exception {
        PodiumServer.recreateDatabase("podium_it_migrations");
        String url = PodiumServer.jdbcUrl("podium_it_migrations");
        assertAllApplied(Flyway.configure().dataSource(url, "postgres", "").load());
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             ResultSet tables = connection.getMetaData().getTables(null, null, "conference", null)) {
            assertTrue(tables.next(), "conference table exists on PostgreSQL");
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             var statement = connection.createStatement();
             ResultSet keys = statement.executeQuery("SELECT table_name, column_name, ordinal_position "
                     + "FROM information_schema.columns WHERE is_identity = 'YES' AND table_schema = current_schema()")) {
            int identityColumns = 0;
            while (keys.next()) {
                identityColumns++;
                // EclipseLink takes a new row's key from the first column of what the INSERT returns (persistence.xml)
                assertEquals(1, keys.getInt(3), keys.getString(1) + "." + keys.getString(2) + " must be the table's first column");
            }
            assertTrue(identityColumns > 20, "identity keys found: " + identityColumns);
        }
    }

    private static void assertAllApplied(Flyway flyway) {
        int available = flyway.info().all().length;
        flyway.migrate();
        MigrationInfo[] applied = flyway.info().applied();
        assertTrue(available > 0);
        assertEquals(available, applied.length);
        for (MigrationInfo info : applied) {
            assertTrue(info.getState().isApplied() && !info.getState().isFailed(), info.getScript());
        }
    }
}
