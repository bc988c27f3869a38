package de.podium.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;

/**
 * A PostgreSQL database of the migrated schema for unit tests that need the real database but no app
 * ({@code <podium.it.db.name>_unit}, created afresh once per test JVM).
 */
public final class TestDatabase {

    private static String url;

    private TestDatabase() {
    }

    public static synchronized Connection connect() throws SQLException {
        if (url == null) {
            String database = PodiumServer.prop("podium.it.db.name", "podium_it") + "_unit";
            PodiumServer.recreateDatabase(database);
            String candidate = PodiumServer.jdbcUrl(database);
            Flyway.configure().dataSource(candidate, PodiumServer.prop("podium.it.db.user", "postgres"), "")
                    .locations("classpath:db/migration").load().migrate();
            url = candidate;
        }
        return DriverManager.getConnection(url, PodiumServer.prop("podium.it.db.user", "postgres"), "");
    }
}
