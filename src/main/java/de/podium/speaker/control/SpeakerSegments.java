package de.podium.speaker.control;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.event.entity.Conference;
import de.podium.mail.control.RecipientSegments;
import de.podium.platform.control.Texts;
import de.podium.speaker.entity.Speaker;

/** Bulk mail to the speakers of a conference (those with an e-mail address). */
@ApplicationScoped
public class SpeakerSegments implements RecipientSegments {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Override
    public List<Segment> segments(Conference conference) {
        return List.of(new Segment("SPEAKERS", "mail.segment.speakers", List.of(), () -> speakers(conference)));
    }

    private List<Recipient> speakers(Conference conference) {
        return em.createQuery("SELECT s FROM Speaker s WHERE s.conference = :conference AND s.email IS NOT NULL "
                        + "ORDER BY s.lastName, s.firstName", Speaker.class)
                .setParameter("conference", conference).getResultList().stream()
                .map(s -> new Recipient(s.getEmail(), s.fullName(),
                        Texts.fromTag(s.getAccount() == null ? "de" : s.getAccount().getLocale()),
                        Map.of("title", nullToEmpty(s.getTitle()), "firstName", s.getFirstName(),
                                "lastName", s.getLastName())))
                .toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
