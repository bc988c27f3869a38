package de.podium.agenda.control;

import java.time.Instant;
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
import de.podium.agenda.entity.AgendaVersion;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.LimitedHtml;
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
        apply(conference, talk, data);
        em.persist(talk);
        return talk;
    }

    /** Every field of the talk as sent; speakers only when the list is sent (an empty list removes them all). */
    @Transactional
    public Talk update(String slug, long talkId, AgendaData.TalkData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data);
        Talk talk = find(conference, talkId);
        talk.setTitle(data.title.strip());
        talk.changeDuration(data.durationMinutes);
        if (data.kind != null) {
            talk.setKind(TalkKind.valueOf(data.kind));
        }
        if (data.speakers != null) {
            List.copyOf(talk.getSpeakers()).forEach(talk::removeSpeaker);
        }
        apply(conference, talk, data);
        return talk;
    }

    /** A cancelled talk keeps its slot, so the next published version and the exports show it as cancelled. */
    @Transactional
    public Talk cancel(String slug, long talkId) {
        Talk talk = find(conferences.forOrganizer(slug), talkId);
        talk.cancel(Instant.now());
        return talk;
    }

    /** Only a talk no published version ever showed can vanish; a published one is cancelled instead. */
    @Transactional
    public void delete(String slug, long talkId) {
        Conference conference = conferences.forOrganizer(slug);
        Talk talk = find(conference, talkId);
        if (wasPublished(conference, talkId)) {
            throw new PodiumException.Conflict("talk_published", "error.agenda.talkPublished", talk.getTitle());
        }
        em.remove(talk);
    }

    public boolean wasPublished(Conference conference, long talkId) {
        return publishedIds(conference).contains(talkId);
    }

    /** The talks any published version of the conference showed. */
    public java.util.Set<Long> publishedIds(Conference conference) {
        return em.createNamedQuery(AgendaVersion.LATEST, AgendaVersion.class)
                .setParameter("conference", conference.getId()).getResultStream()
                .flatMap(v -> AgendaPublishing.read(v.getContent()).getJsonArray("talks")
                        .getValuesAs(jakarta.json.JsonObject.class).stream())
                .map(t -> t.getJsonNumber("id").longValue())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Puts an assigned speaker at a position of the talk's list (0 first). */
    @Transactional
    public Talk moveSpeaker(String slug, long talkId, long speakerId, int position) {
        Conference conference = conferences.forOrganizer(slug);
        Talk talk = find(conference, talkId);
        talk.moveSpeaker(assigned(talk, speakerId), position);
        return talk;
    }

    @Transactional
    public void removeSpeaker(String slug, long talkId, long speakerId) {
        Conference conference = conferences.forOrganizer(slug);
        Talk talk = find(conference, talkId);
        talk.removeSpeaker(assigned(talk, speakerId));
    }

    /** An existing speaker of the conference joins the talk (last in order). */
    @Transactional
    public Speaker assignSpeaker(String slug, long talkId, long speakerId) {
        Conference conference = conferences.forOrganizer(slug);
        Talk talk = find(conference, talkId);
        Speaker speaker = em.find(Speaker.class, speakerId);
        if (speaker == null || !speaker.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.Invalid("speakerId", "error.agenda.unknownSpeaker", speakerId);
        }
        talk.addSpeaker(speaker);
        return speaker;
    }

    /** The people who speak at the conference, by name: to pick from when a talk gets a speaker. */
    public List<Speaker> speakersOf(Conference conference) {
        return em.createQuery("SELECT s FROM Speaker s WHERE s.conference = :conference "
                + "ORDER BY s.lastName, s.firstName", Speaker.class).setParameter("conference", conference).getResultList();
    }

    private static Speaker assigned(Talk talk, long speakerId) {
        return talk.getSpeakers().stream().filter(s -> s.getId() == speakerId).findFirst()
                .orElseThrow(() -> new PodiumException.NotFound("error.agenda.unknownSpeaker", speakerId));
    }

    private void apply(Conference conference, Talk talk, AgendaData.TalkData data) {
        talk.setSummary(LimitedHtml.sanitise(data.summary));
        talk.setLanguage(data.language == null ? "de" : data.language);
        talk.setExpectedAudience(data.expectedAudience);
        talk.setVip(Boolean.TRUE.equals(data.vip));
        talk.setTrack(null);
        if (data.track != null && !data.track.isBlank()) {
            talk.setTrack(conference.track(data.track.strip())
                    .orElseThrow(() -> new PodiumException.Invalid("track", "error.agenda.unknownTrack", data.track)));
        }
        for (AgendaData.SpeakerData speaker : data.speakers == null ? List.<AgendaData.SpeakerData>of() : data.speakers) {
            talk.addSpeaker(speaker(conference, speaker));
        }
    }

    public List<Talk> of(Conference conference) {
        return em.createNamedQuery(Talk.OF_CONFERENCE, Talk.class).setParameter("conference", conference).getResultList();
    }

    /** The talks that still take place: what conflicts and the solver plan with. */
    public List<Talk> active(Conference conference) {
        return of(conference).stream().filter(t -> !t.isCancelled()).toList();
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
        speaker.setOrganisation(Texts.blankToNull(data.organisation));
        em.persist(speaker);
        return speaker;
    }
}
