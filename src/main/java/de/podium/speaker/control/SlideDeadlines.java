package de.podium.speaker.control;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.speaker.entity.SlideDeadline;

/** The upload deadline of a conference's slides: organizers set or clear it; uploads after it are refused. */
@ApplicationScoped
public class SlideDeadlines {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    public Optional<Instant> of(Conference conference) {
        return Optional.ofNullable(em.find(SlideDeadline.class, conference.getId()))
                .map(SlideDeadline::getUploadDeadline);
    }

    public void requireOpen(Conference conference) {
        Optional<Instant> deadline = of(conference);
        if (deadline.isPresent() && Instant.now().isAfter(deadline.get())) {
            throw new PodiumException.Conflict("deadline_passed", "error.slides.deadlinePassed",
                    deadline.get().atZone(conference.zone()).toOffsetDateTime().toString());
        }
    }

    /** @param deadline null removes the deadline */
    @Transactional
    public Optional<Instant> set(String slug, Instant deadline) {
        Conference conference = conferences.forOrganizer(slug);
        SlideDeadline stored = em.find(SlideDeadline.class, conference.getId());
        if (stored == null) {
            stored = new SlideDeadline(conference.getId());
            em.persist(stored);
        }
        stored.setUploadDeadline(deadline);
        return Optional.ofNullable(deadline);
    }
}
