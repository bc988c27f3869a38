package de.podium.registration.control;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import de.podium.platform.control.PodiumMetrics;

/**
 * Expiry of unconfirmed registrations and the retention period, every 20 seconds on every node; the claim
 * in the database lets exactly one node do each turn. Each node counts the turns it ran and the turns it found
 * claimed by another node ({@code podium_job_turns_total{job, outcome}}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationExpiryJob {

    private static final Logger LOG = Logger.getLogger(RegistrationExpiryJob.class.getName());
    static final long TURN_SECONDS = 20;
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    RegistrationExpiry expiry;

    @Inject
    RegistrationRetention retention;

    @Inject
    PodiumMetrics metrics;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void run() {
        try {
            if (!expiry.claim(NODE, turnEnd(Instant.now()))) {
                metrics.jobTurn(RegistrationExpiry.JOB, "skipped");
            } else {
                metrics.jobTurn(RegistrationExpiry.JOB, "ran");
                int expired = expiry.expireUnconfirmed();
                if (expired > 0) {
                    LOG.info(() -> expired + " unconfirmed registrations expired");
                }
                int anonymised = retention.anonymiseExpired();
                if (anonymised > 0) {
                    LOG.info(() -> anonymised + " registrations anonymised after their retention period");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "registration expiry failed; next turn retries", e);
        }
    }

    /** The end of the 20-second turn {@code now} falls in; the turns start at seconds 0, 20 and 40 as scheduled. */
    static Instant turnEnd(Instant now) {
        return Instant.ofEpochSecond((now.getEpochSecond() / TURN_SECONDS + 1) * TURN_SECONDS);
    }
}
