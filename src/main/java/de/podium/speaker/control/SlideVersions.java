package de.podium.speaker.control;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Talk;
import de.podium.platform.control.PodiumException;
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

    @Inject
    Event<SlideStored> slideStored;

    @Transactional
    public Slide store(String slug, long talkId, SlideFiles.Received received, String type, String filename,
                       boolean publicAfterTalk, boolean overwriteConfirmed, Path uploads) {
        Path stored = null;
        try {
            Talk talk = talks.forUploader(slug, talkId);
            // the deadline may have passed while the file was arriving
            deadlines.requireOpen(talk.getConference());
            em.lock(talk, LockModeType.PESSIMISTIC_WRITE);
            if (!overwriteConfirmed) {
                requireOwnLatest(talk);
            }
            int version = of(talk).stream().mapToInt(Slide::getVersion).max().orElse(0) + 1;
            Path target = uploads.resolve("slides").resolve(Long.toString(talk.getId()))
                    .resolve(version + "-" + received.sha256() + SlideService.extension(type));
            stored = SlideFiles.moveIntoPlace(received, target);
            Slide slide = new Slide(talk, version, filename, type, received.size(), received.sha256(),
                    stored.toString(), access.requireSignedIn().getEmail(), publicAfterTalk);
            em.persist(slide);
            em.flush();
            slideStored.fire(new SlideStored(slide.getId(), stored, type));
            return slide;
        } catch (RuntimeException e) {
            SlideFiles.delete(received.file());
            SlideFiles.delete(stored);
            throw e;
        }
    }

    /**
     * A co-speaker's upload would silently become the talk's latest slides: a speaker whose upload follows
     * another person's version is told whose it is and confirms. Organizers replace slides as they need.
     */
    private void requireOwnLatest(Talk talk) {
        othersLatest(talk).ifPresent(latest -> {
            throw new PodiumException.Conflict(java.util.List.of(java.util.Map.of("version", latest.getVersion(),
                    "uploadedBy", latest.getUploadedBy())), "overwrite_other", "error.slides.otherUploader",
                    latest.getVersion(), latest.getUploadedBy());
        });
    }

    /** The talk's latest version when another person uploaded it and the caller is a speaker, not an organizer. */
    public Optional<Slide> othersLatest(Talk talk) {
        String caller = access.requireSignedIn().getEmail();
        return of(talk).stream().findFirst()
                .filter(latest -> !latest.getUploadedBy().equalsIgnoreCase(caller))
                .filter(latest -> !access.mayOrganise(talk.getConference()));
    }

    /** The organizer's choice of the version proceedings use; the others lose the mark. */
    @Transactional
    public Slide release(String slug, long talkId, int version) {
        Talk talk = talks.ofConference(slug, talkId);
        if (!access.mayOrganise(talk.getConference())) {
            throw new PodiumException.Forbidden("forbidden", "error.slides.forbidden");
        }
        em.lock(talk, LockModeType.PESSIMISTIC_WRITE);
        List<Slide> all = of(talk);
        Slide chosen = all.stream().filter(s -> s.getVersion() == version).findFirst()
                .orElseThrow(() -> new PodiumException.Invalid("version", "error.slides.unknownVersion", version));
        all.forEach(s -> s.setReleased(s == chosen));
        return chosen;
    }

    /** What proceedings print: the released version, or the latest while none is released. */
    public Optional<Slide> forProceedings(Talk talk) {
        List<Slide> all = of(talk);
        return all.stream().filter(Slide::isReleased).findFirst().or(() -> all.stream().findFirst());
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
