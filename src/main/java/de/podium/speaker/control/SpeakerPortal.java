package de.podium.speaker.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.control.AgendaPublishing;
import de.podium.agenda.entity.Talk;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PublicContentChanged;
import de.podium.event.control.ConferenceAccess;
import de.podium.security.entity.Account;
import de.podium.speaker.entity.Slide;
import de.podium.agenda.entity.Speaker;
import de.podium.speaker.entity.TalkAnswer;

/** What a signed-in speaker sees of their own talks, across conferences, and their answer to each. */
@ApplicationScoped
public class SpeakerPortal {

    /** Who is shown (and linked) on the public pages follows answers and redeemed invitations. */
    @Inject
    Event<PublicContentChanged> publicChanges;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceAccess access;

    @Inject
    AgendaPublishing publishing;

    @Inject
    SlideVersions slides;

    /** One talk of the signed-in speaker; room and start only once a published programme contains it. */
    public record Engagement(Conference conference, Talk talk, Speaker speaker, TalkAnswer.Answer answer,
                             String room, String start, Slide latestSlides) {
        public boolean isPublished() {
            return start != null;
        }

        public java.time.LocalDateTime startWallClock() {
            return start == null ? null : java.time.OffsetDateTime.parse(start).toLocalDateTime();
        }
    }

    @Transactional
    public List<Engagement> myTalks() {
        Account me = access.requireSignedIn();
        List<Object[]> rows = em.createQuery("SELECT t, s FROM Talk t JOIN t.speakers s WHERE s.account = :account "
                        + "ORDER BY t.conference.startsAt DESC, t.startsAt, t.title", Object[].class)
                .setParameter("account", me).getResultList();
        Map<Long, Map<Long, JsonObject>> published = new HashMap<>();
        List<Engagement> engagements = new ArrayList<>();
        for (Object[] row : rows) {
            Talk talk = (Talk) row[0];
            Speaker speaker = (Speaker) row[1];
            Optional<JsonObject> slot = Optional.ofNullable(published
                    .computeIfAbsent(talk.getConference().getId(), id -> publishedTalks(talk.getConference()))
                    .get(talk.getId()));
            engagements.add(new Engagement(talk.getConference(), talk, speaker, answerOf(talk, speaker),
                    slot.map(s -> s.getString("room")).orElse(null), slot.map(s -> s.getString("start")).orElse(null),
                    slides.of(talk).stream().findFirst().orElse(null)));
        }
        return engagements;
    }

    /** An answer as a client states it: "ACCEPTED" or "DECLINED", anything else is 422 on {@code answer}. */
    @Transactional
    public TalkAnswer.Answer answer(long talkId, String given) {
        if (given == null || !given.matches("ACCEPTED|DECLINED")) {
            throw new PodiumException.Invalid("answer", "error.speaker.answer");
        }
        TalkAnswer.Answer answer = TalkAnswer.Answer.valueOf(given);
        answer(talkId, answer);
        return answer;
    }

    @Transactional
    public void answer(long talkId, TalkAnswer.Answer answer) {
        Account me = access.requireSignedIn();
        Talk talk = em.find(Talk.class, talkId);
        Speaker speaker = talk == null ? null : talk.getSpeakers().stream()
                .filter(s -> s.getAccount() != null && s.getAccount().getId().equals(me.getId()))
                .findFirst().orElse(null);
        if (speaker == null) {
            throw new PodiumException.NotFound("error.agenda.unknownTalk", talkId);
        }
        TalkAnswer stored = em.find(TalkAnswer.class, new TalkAnswer.Key(talk.getId(), speaker.getId()));
        if (stored == null) {
            stored = new TalkAnswer(talk.getId(), speaker.getId());
            em.persist(stored);
        }
        stored.answer(answer);
        publicChanges.fire(PublicContentChanged.content(talk.getConference().getSlug()));
    }

    TalkAnswer.Answer answerOf(Talk talk, Speaker speaker) {
        TalkAnswer stored = em.find(TalkAnswer.class, new TalkAnswer.Key(talk.getId(), speaker.getId()));
        return stored == null ? null : stored.getAnswer();
    }

    private Map<Long, JsonObject> publishedTalks(Conference conference) {
        Map<Long, JsonObject> talks = new HashMap<>();
        publishing.latest(conference).ifPresent(version -> {
            try (JsonReader reader = Json.createReader(new StringReader(version.getContent()))) {
                reader.readObject().getJsonArray("talks").getValuesAs(JsonObject.class)
                        .forEach(t -> talks.put(t.getJsonNumber("id").longValue(), t));
            }
        });
        return talks;
    }
}
