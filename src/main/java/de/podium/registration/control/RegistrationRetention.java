package de.podium.registration.control;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.registration.entity.Registration;

/** GDPR retention: N days after a conference ended, the personal data of its registrations is anonymised. */
@ApplicationScoped
public class RegistrationRetention {

    static final int MAX_DAYS = 3650;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    RegistrationErasure erasure;

    public Integer days(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        return days(conference);
    }

    private Integer days(Conference conference) {
        List<?> rows = em.createNativeQuery("SELECT retention_days FROM registration_policy WHERE conference_id = ?1")
                .setParameter(1, conference.getId()).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).intValue();
    }

    /** {@code null} keeps the data until an organizer erases it. */
    @Transactional
    public Integer keepFor(String slug, Integer days) {
        Conference conference = conferences.forOrganizer(slug);
        if (days != null && (days < 0 || days > MAX_DAYS)) {
            throw new PodiumException.Invalid("days", "error.retention.days");
        }
        // a NULL parameter would be bound as VARCHAR, which PostgreSQL refuses for an INTEGER column
        int stored = days == null ? -1 : days;
        int updated = em.createNativeQuery("UPDATE registration_policy SET retention_days = "
                        + "CASE WHEN ?1 < 0 THEN NULL ELSE ?1 END WHERE conference_id = ?2")
                .setParameter(1, stored).setParameter(2, conference.getId()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO registration_policy (conference_id, retention_days) "
                            + "VALUES (?1, CASE WHEN ?2 < 0 THEN NULL ELSE ?2 END)")
                    .setParameter(1, conference.getId()).setParameter(2, stored).executeUpdate();
        }
        return days;
    }

    /** Called by the scheduled job: anonymises what is past its conference's retention period. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int anonymiseExpired() {
        int anonymised = 0;
        for (Object id : em.createNativeQuery("SELECT conference_id FROM registration_policy "
                + "WHERE retention_days IS NOT NULL").getResultList()) {
            Conference conference = em.find(Conference.class, ((Number) id).longValue());
            Integer days = days(conference);
            Instant due = conference.endsAtWithOffset().toInstant().plus(java.time.Duration.ofDays(days));
            if (due.isAfter(Instant.now())) {
                continue;
            }
            List<Registration> kept = em.createQuery("SELECT r FROM Registration r WHERE r.conference = :conference "
                    + "AND r.anonymised = false", Registration.class).setParameter("conference", conference)
                    .setMaxResults(500).getResultList();
            kept.forEach(erasure::erase);
            anonymised += kept.size();
        }
        return anonymised;
    }
}
