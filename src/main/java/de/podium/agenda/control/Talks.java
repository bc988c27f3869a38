package de.podium.agenda.control;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Speaker;
import de.podium.agenda.entity.Talk;
import de.podium.agenda.entity.TalkKind;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** The talks of a conference's programme with their speakers. */
@ApplicationScoped
public class Talks {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    InputValidator validator;

    @Transactional
    public Talk add(String slug, AgendaData.TalkData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data);
        Talk talk = new Talk(conference, data.title.strip(),
                data.kind == null ? TalkKind.TALK : TalkKind.valueOf(data.kind), data.durationMinutes);
        talk.setSummary(Texts.blankToNull(data.summary));
        talk.setLanguage(data.language == null ? "de" : data.language);
        talk.setExpectedAudience(data.expectedAudience);
        if (data.track != null && !data.track.isBlank()) {
            talk.setTrack(conference.track(data.track.strip())
                    .orElseThrow(() -> new PodiumException.Invalid("track", "error.agenda.unknownTrack", data.track)));
        }
        for (AgendaData.SpeakerData speaker : data.speakers == null ? List.<AgendaData.SpeakerData>of() : data.speakers) {
            talk.addSpeaker(speaker(conference, speaker));
        }
        em.persist(talk);
        return talk;
    }

    public List<Talk> of(Conference conference) {
        return em.createNamedQuery(Talk.OF_CONFERENCE, Talk.class).setParameter("conference", conference).getResultList();
    }

    /** The conference's talk of that id; 404 for an unknown one or another conference's. */
    public Talk find(Conference conference, long talkId) {
        Talk talk = em.find(Talk.class, talkId);
        if (talk == null || !talk.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.agenda.unknownTalk", talkId);
        }
        return talk;
    }

    /** The same person speaking twice is one speaker: matched by e-mail within the conference. */
    private Speaker speaker(Conference conference, AgendaData.SpeakerData data) {
        if (data.email != null && !data.email.isBlank()) {
            List<Speaker> known = em.createQuery("SELECT s FROM Speaker s WHERE s.conference = :conference "
                            + "AND LOWER(s.email) = :email", Speaker.class)
                    .setParameter("conference", conference)
                    .setParameter("email", data.email.strip().toLowerCase(Locale.ROOT)).getResultList();
            if (!known.isEmpty()) {
                return known.get(0);
            }
        }
        Speaker speaker = new Speaker(conference, Texts.blankToNull(data.title), data.firstName.strip(), data.lastName.strip());
        speaker.setOffice(Texts.blankToNull(data.office));
        speaker.setEmail(Texts.blankToNull(data.email));
        em.persist(speaker);
        return speaker;
    }
}
