package de.podium.registration.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.registration.entity.CancelReason;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/** Unconfirmed registrations (double opt-in never answered) end after a configurable time and free their address. */
@ApplicationScoped
public class RegistrationExpiry {

    static final String JOB = "registration-expiry";

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    RegistrationService registrations;

    @Inject
    @ConfigProperty(name = "podium.registration.confirm-expiry", defaultValue = "PT48H")
    String expiry;

    /**
     * Claims the turn that ends at {@code turnEnd} for this node: only one UPDATE can move {@code claimed_until}
     * from the past to the end of the turn, so with several nodes exactly one of them runs each turn. The claim
     * lasts until the turn's end (not a fixed time from now), so a node whose timer fires late within the same
     * turn finds it taken and does not run it a second time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String node, Instant turnEnd) {
        Instant now = Instant.now();
        return em.createNativeQuery("UPDATE job_claim SET claimed_until = ?1, claimed_by = ?2 "
                        + "WHERE name = ?3 AND claimed_until <= ?4")
                .setParameter(1, java.time.OffsetDateTime.ofInstant(turnEnd, java.time.ZoneOffset.UTC))
                .setParameter(2, node)
                .setParameter(3, JOB)
                .setParameter(4, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expireUnconfirmed() {
        Instant cutoff = Instant.now().minus(Duration.parse(expiry));
        List<Registration> stale = em.createQuery("SELECT r FROM Registration r WHERE r.status = :status "
                        + "AND r.createdAt < :cutoff", Registration.class)
                .setParameter("status", RegistrationStatus.PENDING_CONFIRMATION)
                .setParameter("cutoff", cutoff)
                .setMaxResults(500)
                .getResultList();
        stale.forEach(r -> registrations.end(r, CancelReason.EXPIRED));
        return stale.size();
    }
}
