package de.podium.speaker.control;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Talk;
import de.podium.event.control.ConferenceAccess;
import de.podium.speaker.entity.Slide;

/** Stores a received file as the talk's next version, and reads the versions back. */
@ApplicationScoped
public class SlideVersions {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    TalkAccess talks;

    @Inject
    SlideDeadlines deadlines;

    @Inject
    ConferenceAccess access;

    @Transactional
    public Slide store(String slug, long talkId, SlideFiles.Received received, String type, String filename,
                       boolean publicAfterTalk, Path uploads) {
        Path stored = null;
        try {
            Talk talk = talks.forUploader(slug, talkId);
            // the deadline may have passed while the file was arriving
            deadlines.requireOpen(talk.getConference());
            em.lock(talk, LockModeType.PESSIMISTIC_WRITE);
            int version = of(talk).stream().mapToInt(Slide::getVersion).max().orElse(0) + 1;
            Path target = uploads.resolve("slides").resolve(Long.toString(talk.getId()))
                    .resolve(version + "-" + received.sha256() + SlideService.extension(type));
            stored = SlideFiles.moveIntoPlace(received, target);
            Slide slide = new Slide(talk, version, filename, type, received.size(), received.sha256(),
                    stored.toString(), access.requireSignedIn().getEmail(), publicAfterTalk);
            em.persist(slide);
            em.flush();
            return slide;
        } catch (RuntimeException e) {
            SlideFiles.delete(received.file());
            SlideFiles.delete(stored);
            throw e;
        }
    }

    public List<Slide> of(Talk talk) {
        return em.createNamedQuery(Slide.OF_TALK, Slide.class).setParameter("talk", talk).getResultList();
    }

    public Optional<Slide> publicSlidesOf(Talk talk, Instant now) {
        if (talk.getStartsAt() == null
                || now.isBefore(talk.getStartsAt().atZone(talk.getConference().zone()).toInstant())) {
            return Optional.empty();
        }
        return of(talk).stream().filter(Slide::isPublicAfterTalk).findFirst();
    }
}
