package de.podium.speaker.control;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.event.entity.Conference;
import de.podium.mail.control.RecipientSegments;
import de.podium.platform.control.LetterSalutation;
import de.podium.platform.control.Texts;
import de.podium.agenda.entity.Speaker;

/** Bulk mail to the speakers of a conference (those with an e-mail address), or only those still owing slides. */
@ApplicationScoped
public class SpeakerSegments implements RecipientSegments {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Override
    public List<Segment> segments(Conference conference) {
        return List.of(
                new Segment("SPEAKERS", "mail.segment.speakers", List.of(), () -> recipients(speakers(conference))),
                new Segment("SPEAKERS_WITHOUT_SLIDES", "mail.segment.speakersWithoutSlides", List.of(),
                        () -> recipients(withoutSlides(conference))));
    }

    private List<Speaker> speakers(Conference conference) {
        return em.createQuery("SELECT s FROM Speaker s WHERE s.conference = :conference AND s.email IS NOT NULL "
                + "ORDER BY s.lastName, s.firstName", Speaker.class).setParameter("conference", conference).getResultList();
    }

    /** Speakers of scheduled talks without any uploaded slides: the audience of a reminder. */
    private List<Speaker> withoutSlides(Conference conference) {
        Set<Long> lacking = new HashSet<>(em.createQuery("SELECT DISTINCT s.id FROM Talk t JOIN t.speakers s "
                        + "WHERE t.conference = :conference AND t.room IS NOT NULL "
                        + "AND NOT EXISTS (SELECT sl FROM Slide sl WHERE sl.talk = t)", Long.class)
                .setParameter("conference", conference).getResultList());
        return speakers(conference).stream().filter(s -> lacking.contains(s.getId())).toList();
    }

    private static List<Recipient> recipients(List<Speaker> speakers) {
        return speakers.stream()
                .map(s -> recipient(s, Texts.fromTag(s.getAccount() == null ? "de" : s.getAccount().getLocale())))
                .toList();
    }

    private static Recipient recipient(Speaker s, Locale language) {
        return new Recipient(s.getEmail(), s.fullName(), language,
                Map.of("title", s.getTitle() == null ? "" : s.getTitle(), "firstName", s.getFirstName(),
                        "lastName", s.getLastName(), "salutationLine", LetterSalutation.line(language,
                                s.getSalutation(), s.getTitle(), s.getFirstName(), s.getLastName(), s.getOffice())));
    }
}
