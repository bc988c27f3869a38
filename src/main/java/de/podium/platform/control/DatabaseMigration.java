package de.podium.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date before anything else touches the database. A database that cannot be
 * reached or a migration that fails stops the process with one line naming the cause: a half-started
 * Podium that answers HTTP but cannot store anything would be worse.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = PodiumDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "podium.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "podium.exit-on-startup-failure", defaultValue = "true")
    boolean exitOnFailure;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        try {
            checkReachable();
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            migrated = true;
            LOG.info(() -> "Database schema is up to date: " + StartupFailure.withoutSecrets(databaseUrl));
        } catch (SQLException e) {
            throw StartupFailure.stop("database " + StartupFailure.withoutSecrets(databaseUrl)
                    + " is unreachable: " + StartupFailure.firstLine(e), exitOnFailure);
        } catch (FlywayException e) {
            throw StartupFailure.stop("database migration failed: " + StartupFailure.firstLine(e), exitOnFailure);
        }
    }

    private void checkReachable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(5)) {
                throw new SQLException("connection is not valid");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "pool refused a connection", e);
            throw new SQLException(StartupFailure.firstLine(e), e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }
}
