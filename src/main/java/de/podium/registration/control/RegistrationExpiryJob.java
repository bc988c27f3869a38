package de.podium.registration.control;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Expiry of unconfirmed registrations and the retention period, every 20 seconds on every node; the claim
 * in the database lets exactly one node do each turn.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationExpiryJob {

    private static final Logger LOG = Logger.getLogger(RegistrationExpiryJob.class.getName());
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    RegistrationExpiry expiry;

    @Inject
    RegistrationRetention retention;

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void run() {
        try {
            if (expiry.claim(NODE, Duration.ofSeconds(15))) {
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
}
