package de.podium.mail.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import de.podium.platform.control.PodiumMetrics;
import de.podium.platform.control.RequestsInFlight;

/**
 * Delivers the outbox. Every few seconds it claims due messages, sends each and records the outcome in a
 * transaction of its own. The Message-ID is stored at claim time, before sending; what remains is the moment
 * between the SMTP server's acceptance and the SENT mark: a node dying exactly then leaves the claim to run
 * out, and the mail is sent again with the same Message-ID.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 20;

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    OutboxClaims claims;

    @Inject
    MailDelivery delivery;

    @Inject
    PodiumMetrics metrics;

    private final AtomicBoolean running = new AtomicBoolean();
    private Instant minuteStart = Instant.now();
    private int sentThisMinute;
    private Instant lastBusyBatch;

    @PostConstruct
    void schedule() {
        long interval = Duration.ofSeconds(settings.pollSeconds()).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("podium-outbox-sender", false));
    }

    @Timeout
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Session session = delivery.session();
            List<Long> claimed;
            do {
                if (pausingForRequests()) {
                    return;
                }
                claimed = claims.claim(allowance());
                claimed.forEach(id -> send(id, session));
            } while (claimed.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox round failed, next round retries", e);
        } finally {
            running.set(false);
        }
    }

    /**
     * While the node answers many requests at once (a registration rush), rendering mails (QR codes, calendar
     * files) would take the CPU from the people waiting for an answer: the sender then sends one batch per
     * {@code podium.mail.busy-pause-seconds} instead of all that is due. The mails stay queued, nothing is lost,
     * and once the rush is over the rest goes out in the next round.
     */
    boolean pausingForRequests() {
        int busy = settings.busyRequests();
        if (busy <= 0 || RequestsInFlight.peakSinceLastAsked() <= busy) {
            return false;
        }
        Instant now = Instant.now();
        if (lastBusyBatch != null && now.isBefore(lastBusyBatch.plus(settings.busyPause()))) {
            return true;
        }
        lastBusyBatch = now;
        return false;
    }

    private void send(long id, Session session) {
        try {
            MimeMessage mail = claims.compose(id, session);
            if (mail == null) {
                return;
            }
            delivery.deliver(mail, id);
            claims.sent(id);
            sentThisMinute++;
            metrics.mailSent();
        } catch (MailRenderingFailed e) {
            if (MailRenderingFailed.ERROR.equals(e.reason())) {
                LOG.log(Level.WARNING, e, () -> "mail " + id + " could not be rendered");
            } else {
                LOG.log(Level.INFO, () -> "mail " + id + " not sent (" + e.reason() + "): " + e.getMessage());
            }
            claims.renderingFailed(id, e);
            metrics.mailDeliveryFailed(true);
        } catch (Exception e) {
            boolean permanent = MailFailures.isPermanent(e);
            LOG.log(Level.INFO, () -> "mail " + id + (permanent ? " failed: " : " will be retried: ") + MailFailures.describe(e));
            claims.failed(id, MailFailures.describe(e), permanent);
            metrics.mailDeliveryFailed(permanent);
        }
    }

    /** How many messages this round may take, honouring podium.mail.rate-per-minute (per node). */
    private int allowance() {
        if (settings.ratePerMinute() <= 0) {
            return BATCH;
        }
        if (Duration.between(minuteStart, Instant.now()).toSeconds() >= 60) {
            minuteStart = Instant.now();
            sentThisMinute = 0;
        }
        return Math.max(0, Math.min(BATCH, settings.ratePerMinute() - sentThisMinute));
    }
}
