package de.podium.mail.control;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sent mail keeps its body (the model with names and addresses, attachments with QR codes, the .eml copy)
 * only {@code podium.mail.retention-days}; afterwards the row stays as mail history without them.
 */
@ApplicationScoped
public class MailRetention {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    MailDelivery delivery;

    @Inject
    @ConfigProperty(name = "podium.mail.retention-days", defaultValue = "30")
    int retentionDays;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeSentBodies() {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(Instant.now().minus(Duration.ofDays(retentionDays)),
                ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM outbox_message WHERE status = 'SENT' "
                        + "AND purged_at IS NULL AND sent_at < ?1 ORDER BY id")
                .setParameter(1, cutoff).setMaxResults(BATCH).getResultList();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Number id : due) {
            em.createNativeQuery("DELETE FROM outbox_attachment WHERE message_id = ?1").setParameter(1, id)
                    .executeUpdate();
            em.createNativeQuery("UPDATE outbox_message SET model = '{}', recipient_name = NULL, purged_at = ?1, "
                    + "version = version + 1 WHERE id = ?2").setParameter(1, now).setParameter(2, id).executeUpdate();
            delivery.discard(id.longValue());
        }
        return due.size();
    }
}
