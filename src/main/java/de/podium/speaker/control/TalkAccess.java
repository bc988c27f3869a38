package de.podium.speaker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.agenda.entity.Talk;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.event.control.ConferenceAccess;
import de.podium.security.entity.Account;
import de.podium.agenda.entity.Speaker;

/** Finds a talk of a conference and decides who may act on its slides: its own speakers and the organizers. */
@ApplicationScoped
public class TalkAccess {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    ConferenceAccess access;

    public Talk ofConference(String slug, long talkId) {
        Conference conference = conferences.bySlug(slug);
        Talk talk = em.find(Talk.class, talkId);
        if (talk == null || !talk.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.agenda.unknownTalk", talkId);
        }
        return talk;
    }

    public Talk forUploader(String slug, long talkId) {
        Talk talk = ofConference(slug, talkId);
        if (!isOwnTalk(talk, access.requireSignedIn()) && !access.mayOrganise(talk.getConference())) {
            throw new PodiumException.Forbidden("forbidden", "error.slides.forbidden");
        }
        return talk;
    }

    public static boolean isOwnTalk(Talk talk, Account caller) {
        return talk.getSpeakers().stream().map(Speaker::getAccount)
                .anyMatch(a -> a != null && a.getId().equals(caller.getId()));
    }
}
