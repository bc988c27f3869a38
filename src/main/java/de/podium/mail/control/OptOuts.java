package de.podium.mail.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who does not want a conference's bulk mail, kept as HMAC-SHA256 of the address under a secret key
 * ({@code podium.privacy.hash-key}): the opt-out can be checked against a recipient, but the stored value
 * names nobody and survives the person's erasure.
 */
@ApplicationScoped
public class OptOuts {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "podium.privacy.hash-key", defaultValue = "podium-demo-hash-key")
    String key;

    public String hash(String email) {
        return hash(key, email);
    }

    static String hash(String key, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The hashed addresses that opted out of the conference's bulk mail. */
    public Set<String> of(long conferenceId) {
        hashPlainAddresses();
        @SuppressWarnings("unchecked")
        List<String> hashes = em.createNativeQuery("SELECT email_hash FROM mail_opt_out WHERE conference_id = ?1 "
                + "AND email_hash IS NOT NULL").setParameter(1, conferenceId).getResultList();
        return new HashSet<>(hashes);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long conferenceId, String email) {
        String hash = hash(email);
        if (!of(conferenceId).contains(hash)) {
            em.createNativeQuery("INSERT INTO mail_opt_out (conference_id, email_hash, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, conferenceId).setParameter(2, hash)
                    .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        }
    }

    /** Opt-outs stored in plain text before V120 get their hash, and lose the address. */
    @Transactional
    public int hashPlainAddresses() {
        @SuppressWarnings("unchecked")
        List<Object[]> plain = em.createNativeQuery("SELECT id, conference_id, email FROM mail_opt_out "
                + "WHERE email IS NOT NULL").getResultList();
        for (Object[] row : plain) {
            long id = ((Number) row[0]).longValue();
            String hash = hash((String) row[2]);
            long duplicates = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM mail_opt_out WHERE conference_id = ?1 "
                    + "AND email_hash = ?2").setParameter(1, row[1]).setParameter(2, hash).getSingleResult()).longValue();
            if (duplicates > 0) {
                em.createNativeQuery("DELETE FROM mail_opt_out WHERE id = ?1").setParameter(1, id).executeUpdate();
            } else {
                em.createNativeQuery("UPDATE mail_opt_out SET email_hash = ?1, email = NULL WHERE id = ?2")
                        .setParameter(1, hash).setParameter(2, id).executeUpdate();
            }
        }
        return plain.size();
    }
}
