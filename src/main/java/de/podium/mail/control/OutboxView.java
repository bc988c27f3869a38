package de.podium.mail.control;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.mail.entity.OutboxMessage;
import de.podium.mail.entity.OutboxStatus;
import de.podium.platform.control.PodiumException;

/** What organizers see of their conference's mail: queued, sent and failed messages; resending failed ones. */
@ApplicationScoped
public class OutboxView {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    public List<OutboxMessage> messages(String slug, OutboxStatus status) {
        Conference conference = conferences.forOrganizer(slug);
        String filter = status == null ? "" : " AND m.status = :status";
        var query = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.conferenceId = :conference" + filter
                + " ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                .setParameter("conference", conference.getId())
                .setMaxResults(1000);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** The conference's time zone: the outbox shows when mails were written and sent as the organizer's clock does. */
    public String zone(String slug) {
        return conferences.forOrganizer(slug).getTimeZone();
    }

    /** A failed message goes out again as a new attempt series with a fresh Message-ID. */
    @Transactional
    public OutboxMessage resend(String slug, long id) {
        Conference conference = conferences.forOrganizer(slug);
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || !conference.getId().equals(message.getConferenceId())) {
            throw new PodiumException.NotFound("error.outbox.unknown", id);
        }
        if (message.getStatus() != OutboxStatus.FAILED) {
            throw new PodiumException.Conflict("not_failed", "error.outbox.notFailed", id);
        }
        message.requeue(Instant.now());
        return message;
    }
}
