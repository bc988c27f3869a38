package de.podium.event.control;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.entity.Conference;
import de.podium.event.entity.PressRelease;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PublicContentChanged;
import de.podium.platform.control.Texts;

/** Press releases (Pressemeldungen): the public reads published ones; organizers write and publish. */
@ApplicationScoped
public class PressService {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Inject
    ConferenceService conferences;

    @Inject
    InputValidator validator;

    public List<PressRelease> published(Conference conference) {
        return em.createNamedQuery(PressRelease.PUBLISHED_OF_CONFERENCE, PressRelease.class)
                .setParameter("conference", conference).getResultList();
    }

    public List<PressRelease> allForOrganizer(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        return em.createNamedQuery(PressRelease.ALL_OF_CONFERENCE, PressRelease.class)
                .setParameter("conference", conference).getResultList();
    }

    @Transactional
    public PressRelease write(String slug, PressReleaseData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data);
        PressRelease release = new PressRelease(conference, data.title.strip(), data.body.strip(), Texts.blankToNull(data.source));
        release.setLanguage(data.language == null ? "de" : data.language);
        if (data.publish) {
            release.publish(Instant.now());
        }
        em.persist(release);
        publicChanges.fire(PublicContentChanged.content(slug));
        return release;
    }

    @Transactional
    public PressRelease revise(String slug, long id, PressReleaseData data) {
        PressRelease release = ofConference(slug, id);
        validator.check(data);
        release.revise(data.title.strip(), data.body.strip(), Texts.blankToNull(data.source));
        if (data.publish && !release.isPublished()) {
            release.publish(Instant.now());
        } else if (!data.publish) {
            release.withdraw();
        }
        publicChanges.fire(PublicContentChanged.content(slug));
        return release;
    }

    @Transactional
    public void delete(String slug, long id) {
        em.remove(ofConference(slug, id));
        publicChanges.fire(PublicContentChanged.content(slug));
    }

    private PressRelease ofConference(String slug, long id) {
        Conference conference = conferences.forOrganizer(slug);
        PressRelease release = em.find(PressRelease.class, id);
        if (release == null || !release.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.press.unknown", id);
        }
        return release;
    }

}
