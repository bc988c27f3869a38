package de.podium.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges of what is stored: registrations per status and the mail outbox per status. Read from the database (at
 * most every few seconds, whatever the scrape rate), so every node of a cluster reports the same numbers.
 */
@ApplicationScoped
public class DatabaseGauges {

    static final String REGISTRATIONS = "podium.registrations";
    static final String MAIL_QUEUED = "podium.mail.queued";
    static final String MAIL_FAILED = "podium.mail.failed";
    static final String REQUEST_QUERIES = "podium.db.request.queries";
    // the values of RegistrationStatus; platform does not depend on the features
    private static final String[] REGISTRATION_STATUSES = {"PENDING_CONFIRMATION", "CONFIRMED", "WAITLISTED",
            "PENDING_APPROVAL", "CANCELLED", "CHECKED_IN"};
    private static final Duration FRESH = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class.getName());

    @Resource(lookup = PodiumDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MetricRegistry registry;

    private volatile Snapshot snapshot = new Snapshot(0, Map.of(), Map.of());

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (String status : REGISTRATION_STATUSES) {
            registry.gauge(REGISTRATIONS, () -> current().registrations.getOrDefault(status, 0L),
                    new Tag("status", status));
        }
        registry.gauge(MAIL_QUEUED, () -> current().outbox.getOrDefault("QUEUED", 0L)
                + current().outbox.getOrDefault("SENDING", 0L));
        registry.gauge(MAIL_FAILED, () -> current().outbox.getOrDefault("FAILED", 0L));
        registry.gauge(REQUEST_QUERIES, RequestQueries::count);
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (System.nanoTime() - known.takenAt < FRESH.toNanos() && known.takenAt != 0) {
            return known;
        }
        synchronized (this) {
            if (snapshot != known) {
                return snapshot;
            }
            try (Connection connection = dataSource.getConnection()) {
                snapshot = new Snapshot(System.nanoTime(),
                        countByStatus(connection, "SELECT status, COUNT(*) FROM registration GROUP BY status"),
                        countByStatus(connection, "SELECT status, COUNT(*) FROM outbox_message "
                                + "WHERE status <> 'SENT' GROUP BY status"));
            } catch (SQLException e) {
                LOG.log(Level.FINE, "gauges keep their last values: database not readable", e);
            }
            return snapshot;
        }
    }

    private static Map<String, Long> countByStatus(Connection connection, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private record Snapshot(long takenAt, Map<String, Long> registrations, Map<String, Long> outbox) {
    }
}
