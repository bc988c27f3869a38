package de.podium.platform.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date before anything else touches the database. It runs when EclipseLink is
 * about to log in during deployment ({@link MigrateBeforeLogin}), which is the first database access.
 * Before that, the production profile's demands on the configuration are checked ({@link ProductionSettings}).
 * A database that cannot be reached or a migration that fails stops the process with one line naming the
 * cause: a half-started Podium that answers HTTP but cannot store anything would be worse.
 */
public final class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static volatile boolean migrated;

    private DatabaseMigration() {
    }

    public static synchronized void migrateOnce(DataSource dataSource) {
        if (migrated) {
            return;
        }
        String url = StartupFailure.withoutSecrets(configured("podium.db.url", "(podium.db.url not set)"));
        boolean exitOnFailure = Boolean.parseBoolean(configured("podium.exit-on-startup-failure", "true"));
        ProductionSettings.refusal(DatabaseMigration::configured).ifPresent(reason -> {
            throw StartupFailure.stop(reason, exitOnFailure);
        });
        try {
            String actualUrl = checkReachable(dataSource);
            Flyway.configure(DatabaseMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            migrated = true;
            LOG.info(() -> "Database schema is up to date: " + StartupFailure.withoutSecrets(actualUrl));
        } catch (SQLException | RuntimeException e) {
            if (e instanceof FlywayException) {
                throw StartupFailure.stop("database migration failed: " + StartupFailure.firstLine(e), exitOnFailure);
            }
            throw StartupFailure.stop("database " + url + " is unreachable: " + StartupFailure.firstLine(e),
                    exitOnFailure);
        }
    }

    public static boolean isMigrated() {
        return migrated;
    }

    private static String checkReachable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(5)) {
                throw new SQLException("connection is not valid");
            }
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getURL();
        }
    }

    private static java.util.Optional<String> configured(String key) {
        try {
            return ConfigProvider.getConfig(DatabaseMigration.class.getClassLoader()).getOptionalValue(key, String.class);
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static String configured(String key, String fallback) {
        try {
            return ConfigProvider.getConfig(DatabaseMigration.class.getClassLoader())
                    .getOptionalValue(key, String.class).orElse(fallback);
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
