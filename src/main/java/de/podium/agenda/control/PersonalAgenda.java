package de.podium.agenda.control;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;


import de.podium.agenda.entity.AgendaVersion;
import de.podium.event.entity.Conference;
import de.podium.platform.control.Links;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.control.RegistrationErased;
import de.podium.registration.control.RegistrationService;
import de.podium.registration.entity.Registration;

/**
 * An attendee's own selection of talks of the published programme, marked from the manage link, and its
 * iCalendar feed (conference time zone with VTIMEZONE, see {@link AgendaCalendar}).
 */
@ApplicationScoped
public class PersonalAgenda {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    RegistrationService registrations;

    @Inject
    AgendaPublishing publishing;

    @Inject
    Links links;

    @Transactional
    public void mark(String token, long talkId) {
        Registration registration = active(token);
        requirePublished(registration.getConference(), talkId);
        if (!markedIds(registration).contains(talkId)) {
            em.createNativeQuery("INSERT INTO personal_agenda (registration_id, talk_id) VALUES (?, ?)")
                    .setParameter(1, registration.getId()).setParameter(2, talkId).executeUpdate();
        }
    }

    @Transactional
    public void unmark(String token, long talkId) {
        Registration registration = active(token);
        em.createNativeQuery("DELETE FROM personal_agenda WHERE registration_id = ? AND talk_id = ?")
                .setParameter(1, registration.getId()).setParameter(2, talkId).executeUpdate();
    }

    /** An erased person's choice of talks goes with them. */
    void forget(@Observes RegistrationErased erased) {
        em.createNativeQuery("DELETE FROM personal_agenda WHERE registration_id = ?")
                .setParameter(1, erased.registrationId()).executeUpdate();
    }

    /** The marked talks as they stand in the published programme. */
    public List<JsonObject> talks(String token) {
        Registration registration = registrations.bySelfToken(token);
        return talksOf(registration);
    }

    public List<JsonObject> talksOf(Registration registration) {
        Set<Long> marked = markedIds(registration);
        return publishing.latest(registration.getConference()).map(PersonalAgenda::talks).orElse(List.of()).stream()
                .filter(t -> marked.contains(t.getJsonNumber("id").longValue())).toList();
    }

    /** The whole published programme of the registration's conference, each talk with whether it is marked. */
    public List<Choice> choices(String token) {
        Registration registration = registrations.bySelfToken(token);
        Set<Long> marked = markedIds(registration);
        return publishing.latest(registration.getConference()).map(PersonalAgenda::talks).orElse(List.of()).stream()
                .map(t -> new Choice(t, marked.contains(t.getJsonNumber("id").longValue()))).toList();
    }

    /** A talk of the programme and whether the attendee put it on their agenda. */
    public record Choice(JsonObject talk, boolean marked) {
        public long id() {
            return talk.getJsonNumber("id").longValue();
        }

        public String title() {
            return talk.getString("title");
        }

        public String room() {
            return talk.getString("room");
        }

        public java.time.OffsetDateTime start() {
            return OffsetDateTime.parse(talk.getString("start"));
        }
    }

    public byte[] ics(String token) {
        return ics(registrations.bySelfToken(token));
    }

    public byte[] ics(Registration registration) {
        Conference conference = registration.getConference();
        List<PublishedTalk> talks = talksOf(registration).stream().map(t -> PublishedTalk.of(t, conference.zone())).toList();
        String name = Texts.get(Texts.fromTag(registration.getLocale()), "agenda.calendar.personal", conference.getTitle());
        Instant published = publishing.latest(conference).map(AgendaVersion::getPublishedAt).orElseGet(Instant::now);
        return AgendaCalendar.of(conference, talks, publishing.sequences(conference), published, links.base(), name);
    }

    /** Active registrations of a conference that marked any of the given talks. */
    public List<Registration> attendeesOf(Conference conference, Set<Long> talkIds) {
        if (talkIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT r FROM Registration r WHERE r.conference = :conference AND r.id IN "
                        + "(SELECT p.registrationId FROM PersonalAgendaEntry p WHERE p.talkId IN :talks)", Registration.class)
                .setParameter("conference", conference).setParameter("talks", talkIds).getResultList().stream()
                .filter(r -> r.getStatus().isActive()).toList();
    }

    private Set<Long> markedIds(Registration registration) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT talk_id FROM personal_agenda WHERE registration_id = ?")
                .setParameter(1, registration.getId()).getResultList();
        Set<Long> marked = new HashSet<>();
        ids.forEach(id -> marked.add(id.longValue()));
        return marked;
    }

    private Registration active(String token) {
        Registration registration = registrations.bySelfToken(token);
        if (!registration.getStatus().isActive()) {
            throw new PodiumException.Conflict("not_active", "error.agenda.personal.inactive");
        }
        return registration;
    }

    private void requirePublished(Conference conference, long talkId) {
        boolean published = publishing.latest(conference).map(PersonalAgenda::talks).orElse(List.of()).stream()
                .anyMatch(t -> t.getJsonNumber("id").longValue() == talkId);
        if (!published) {
            throw new PodiumException.NotFound("error.agenda.unknownTalk", talkId);
        }
    }

    static List<JsonObject> talks(AgendaVersion version) {
        try (var reader = Json.createReader(new StringReader(version.getContent()))) {
            return reader.readObject().getJsonArray("talks").getValuesAs(JsonObject.class);
        }
    }
}
