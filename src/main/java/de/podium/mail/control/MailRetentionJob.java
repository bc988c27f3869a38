package de.podium.mail.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every minute on every node: purges the bodies of sent mail past the retention period and hashes opt-outs
 * stored as plain addresses. Both steps are idempotent, so nodes that run them at once do no harm.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRetentionJob {

    private static final Logger LOG = Logger.getLogger(MailRetentionJob.class.getName());

    @Inject
    MailRetention retention;

    @Inject
    OptOuts optOuts;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void run() {
        try {
            int purged = retention.purgeSentBodies();
            if (purged > 0) {
                LOG.info(() -> purged + " sent mail bodies purged after their retention period");
            }
            optOuts.hashPlainAddresses();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail retention failed; next turn retries", e);
        }
    }
}
