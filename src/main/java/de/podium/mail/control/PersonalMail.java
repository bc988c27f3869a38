package de.podium.mail.control;

import java.io.StringReader;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.mail.entity.OutboxMessage;
import de.podium.platform.control.Texts;

/** The mail one person got about one conference: shown in their data export, removed when they are erased. */
@ApplicationScoped
public class PersonalMail {

    private static final String OF_PERSON = "SELECT m FROM OutboxMessage m WHERE m.conferenceId = :conference "
            + "AND LOWER(m.recipient) = :email ORDER BY m.createdAt, m.id";

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    MailDelivery delivery;

    @Inject
    jakarta.enterprise.inject.Instance<MailContentSource> sources;

    @Inject
    MailTexts mailTexts;

    /** One mail as its recipient reads it in the export: what it was about, when it went out. */
    public record Sent(String subject, String status, Instant createdAt, Instant sentAt, boolean bodyPurged) {
    }

    public List<Sent> history(long conferenceId, String email) {
        return ofPerson(conferenceId, email).stream().map(this::sent).toList();
    }

    /** Deletes the person's mails of the conference (rows, attachments, .eml copies) for their erasure. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(long conferenceId, Collection<String> emails) {
        int removed = 0;
        for (String email : emails) {
            // locked: the sender may be updating one of these rows right now; without the lock the delete would
            // meet a newer version and fail the whole erasure with an OptimisticLockException
            for (OutboxMessage message : ofPerson(conferenceId, email, LockModeType.PESSIMISTIC_WRITE)) {
                em.remove(message);
                delivery.discard(message.getId());
                removed++;
            }
        }
        em.flush();
        return removed;
    }

    private List<OutboxMessage> ofPerson(long conferenceId, String email) {
        return ofPerson(conferenceId, email, LockModeType.NONE);
    }

    private List<OutboxMessage> ofPerson(long conferenceId, String email, LockModeType lock) {
        return em.createQuery(OF_PERSON, OutboxMessage.class).setParameter("conference", conferenceId)
                .setParameter("email", email == null ? "" : email.trim().toLowerCase(Locale.ROOT))
                .setLockMode(lock).getResultList();
    }

    private Sent sent(OutboxMessage message) {
        return new Sent(message.getPurgedAt() == null ? subject(message) : null, message.getStatus().name(),
                message.getCreatedAt(), message.getSentAt(), message.getPurgedAt() != null);
    }

    private String subject(OutboxMessage message) {
        JsonObject stored = Json.createReader(new StringReader(message.getModel())).readObject();
        Map<String, String> model = new HashMap<>();
        stored.forEach((key, value) -> model.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
        Locale locale = Texts.fromTag(message.getLocale());
        if (message.getAboutType() != null) {
            model.putAll(about(message, locale));
        }
        model.putIfAbsent("conferenceTitle", model.getOrDefault("conference", ""));
        return mailTexts.render(message.getConferenceId(), message.getKind(), locale, model).subject();
    }

    /** The values of what a mail rendered at send time is about; none if that cannot be rendered any more. */
    private Map<String, String> about(OutboxMessage message, Locale locale) {
        try {
            return sources.stream().filter(s -> s.about().equals(message.getAboutType())).findFirst()
                    .map(s -> s.content(message.getKind(), message.getAboutId(), locale).model()).orElse(Map.of());
        } catch (MailRenderingFailed e) {
            return Map.of();
        }
    }
}
