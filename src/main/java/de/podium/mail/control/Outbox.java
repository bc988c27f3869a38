package de.podium.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.mail.entity.OutboxMessage;
import de.podium.platform.control.AnonymousRequest;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/**
 * The one way features send mail: {@link #queue} stores the message in the caller's transaction, so a
 * mail exists exactly when the change that caused it was committed. Delivery happens later.
 */
@ApplicationScoped
public class Outbox {

    /** Looked up once, not per mail: {@code Json.create…} searches the class path for a provider on every call. */
    static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    RecipientLimit recipientLimit;

    @Inject
    Instance<AnonymousRequest> request;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage queue(MailRequest request) {
        requireValidAddress(request.recipient());
        JsonObjectBuilder model = JSON.createObjectBuilder();
        request.model().forEach(model::add);
        OutboxMessage message = new OutboxMessage(request.kind(), request.conferenceId(), request.recipient().trim(),
                request.recipientName(), Texts.supported(request.locale()).getLanguage(), model.build().toString());
        request.attachments().forEach(a -> message.attach(a.filename(), a.contentType(), a.content()));
        if (request.aboutType() != null) {
            message.about(request.aboutType(), request.aboutId());
        }
        if (AnonymousRequest.current(this.request)) {
            message.causedAnonymously(recipientLimit.admit(request.recipient()));
        }
        em.persist(message);
        return message;
    }

    /** A queued message that turned out to be of another kind before anything was sent (same transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retell(OutboxMessage message, String kind) {
        message.retell(kind);
    }

    /** A queued message that turned out to be unwarranted in the transaction that queued it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(OutboxMessage message) {
        em.remove(message);
    }

    /** Refuses what no SMTP server would take, before it is stored. */
    public static void requireValidAddress(String email) {
        try {
            if (email == null || email.isBlank()) {
                throw new AddressException("empty");
            }
            new InternetAddress(email.trim(), true).validate();
        } catch (AddressException e) {
            throw new PodiumException.Invalid("email", "error.email.invalid", email);
        }
    }
}
