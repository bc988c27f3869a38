package de.podium.mail.control;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.platform.control.Links;
import de.podium.event.entity.Conference;
import de.podium.mail.entity.OutboxMessage;
import de.podium.mail.entity.OutboxStatus;

/**
 * The sender's short transactions on the outbox. Claiming locks due rows with FOR UPDATE SKIP LOCKED, so
 * two senders (threads or nodes) never take the same message; a claim is a lease that runs out if its node dies.
 */
@ApplicationScoped
public class OutboxClaims {

    /** Due messages, locked for this transaction; rows another sender holds are skipped, not waited for. */
    public static final String DUE = "SELECT id FROM outbox_message WHERE status IN ('QUEUED', 'SENDING') "
            + "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    MailComposer composer;

    @Inject
    Links links;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claim(int limit) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(DUE)
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        for (Number id : ids) {
            OutboxMessage message = em.find(OutboxMessage.class, id.longValue());
            message.setStatus(OutboxStatus.SENDING);
            message.setAttempts(message.getAttempts() + 1);
            message.setNextAttemptAt(now.plus(settings.lease()));
            if (message.getMessageId() == null) {
                message.setMessageId("<" + UUID.randomUUID() + "@" + mailDomain() + ">");
            }
        }
        return ids.stream().map(Number::longValue).toList();
    }

    /** Message-IDs name Podium's own host (RFC 5322 wants a domain the sender controls), e.g. podium.example.org. */
    private String mailDomain() {
        String host = URI.create(links.base()).getHost();
        return host == null ? "localhost" : host;
    }

    /**
     * Renders a claimed message; what it is about, its attachments and the conference are read in this
     * transaction. Null when the message is gone (its recipient was erased since it was claimed).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MimeMessage compose(long id, Session session) throws MessagingException {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            return null;
        }
        Conference conference = message.getConferenceId() == null ? null
                : em.find(Conference.class, message.getConferenceId());
        return composer.compose(session, message, conference);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            return;
        }
        message.setStatus(OutboxStatus.SENT);
        message.setSentAt(Instant.now());
        message.setLastError(null);
    }

    /** Rendering failed: retrying would render the same, so the message is FAILED at once, with its reason. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renderingFailed(long id, MailRenderingFailed failure) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message != null) {
            String details = MailFailures.describe(failure);
            message.renderingFailed(failure.reason(), details.length() > 2000 ? details.substring(0, 2000) : details);
        }
    }

    /** A failed attempt: retried later with backoff, unless permanent or out of attempts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String reason, boolean permanent) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            return;
        }
        message.setLastError(reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        if (permanent || message.getAttempts() >= settings.maxAttempts()) {
            message.setStatus(OutboxStatus.FAILED);
        } else {
            message.setStatus(OutboxStatus.QUEUED);
            message.setNextAttemptAt(Instant.now().plus(settings.backoffAfter(message.getAttempts())));
        }
    }
}
