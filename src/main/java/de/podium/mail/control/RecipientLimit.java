package de.podium.mail.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.platform.control.PodiumException;

/**
 * At most {@code podium.mail.max-per-recipient-per-hour} mails to one mailbox per hour from actions of people
 * who have not signed in. The outbox is the count, so the limit holds across nodes; refusing throws inside the
 * caller's transaction, so the registration that would have sent the mail is not stored either.
 */
@ApplicationScoped
public class RecipientLimit {

    static final Duration HOUR = Duration.ofHours(1);
    private static final String RECENT = "SELECT MIN(created_at), COUNT(*) FROM outbox_message "
            + "WHERE mailbox = ?1 AND anonymous = TRUE AND created_at > ?2";

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "podium.mail.max-per-recipient-per-hour", defaultValue = "5")
    int max;

    /** @return the normalised mailbox the new mail counts for */
    public String admit(String address) {
        String mailbox = mailbox(address);
        Instant now = Instant.now();
        Object[] recent = (Object[]) em.createNativeQuery(RECENT)
                .setParameter(1, mailbox).setParameter(2, now.minus(HOUR).atOffset(java.time.ZoneOffset.UTC))
                .getSingleResult();
        long count = ((Number) recent[1]).longValue();
        if (count >= max) {
            Instant oldest = toInstant(recent[0], now);
            long retryAfter = Math.max(60, Duration.between(now, oldest.plus(HOUR)).toSeconds());
            throw new PodiumException.TooManyRequests("mail_limit", "error.mail.recipientLimit", retryAfter,
                    retryAfter / 60 + 1);
        }
        return mailbox;
    }

    /** Lower case, without a "+tag" in the local part: victim+1@example.org is victim@example.org's mailbox. */
    static String mailbox(String address) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        int plus = lower.indexOf('+');
        return plus > 0 && plus < at ? lower.substring(0, plus) + lower.substring(at) : lower;
    }

    private static Instant toInstant(Object value, Instant fallback) {
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return fallback;
    }
}
