package de.podium.agenda.control;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.AgendaVersion;
import de.podium.agenda.entity.Talk;
import de.podium.event.control.ConferenceAccess;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PublicContentChanged;
import de.podium.platform.control.Texts;

/**
 * Publishing the programme: a numbered, immutable snapshot with a changelog (moved, added, cancelled talks and
 * the organizer's text). The public only ever sees published snapshots; overlaps block publishing.
 */
@ApplicationScoped
public class AgendaPublishing {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Inject
    ConferenceService conferences;

    @Inject
    ConferenceAccess access;

    @Inject
    ScheduleConflicts conflicts;

    @Inject
    Talks workingTalks;

    @Inject
    InputValidator validator;

    @Inject
    AgendaChangeMails changeMails;

    @Transactional
    public AgendaVersion publish(String slug, AgendaData.PublishData data) {
        Conference conference = conferences.forOrganizer(slug);
        String author = access.requireSignedIn().getEmail();
        validator.check(data == null ? new AgendaData.PublishData() : data);
        return publishAs(conference, author, data == null ? null : data.changelog);
    }

    /** Also used for the demo conference's first version. */
    @Transactional
    public AgendaVersion publishAs(Conference unlocked, String author, String freeText) {
        // one publisher at a time per conference, so version numbers never collide
        Conference conference = em.find(Conference.class, unlocked.getId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<Object> blocking = conflicts.of(conference).stream()
                .filter(c -> c.type().blocksPublishing())
                .map(c -> (Object) Map.of("type", c.type().name(), "message", c.text(),
                        "talkIds", c.talks().stream().map(Talk::getId).toList()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new PodiumException.Conflict(blocking, "conflicts", "error.agenda.conflicts", blocking.size());
        }
        Optional<AgendaVersion> previous = latest(conference);
        int number = previous.map(v -> v.getVersion() + 1).orElse(1);
        JsonObject snapshot = snapshot(conference, number, previous.map(v -> publishedIds(read(v.getContent())))
                .orElse(java.util.Set.of()));
        String changelog = changelog(previous.map(v -> read(v.getContent())).orElse(null), snapshot, freeText, Texts.GERMAN);
        AgendaVersion version = new AgendaVersion(conference.getId(), number, author, changelog, snapshot.toString());
        em.persist(version);
        em.flush();
        publicChanges.fire(PublicContentChanged.content(conference.getSlug()));
        changeMails.announce(conference, previous.map(v -> read(v.getContent())).orElse(null), snapshot, version, freeText);
        return version;
    }

    public Optional<AgendaVersion> latest(Conference conference) {
        return em.createNamedQuery(AgendaVersion.LATEST, AgendaVersion.class)
                .setParameter("conference", conference.getId()).setMaxResults(1).getResultStream().findFirst();
    }

    /** Every published version of the conference, oldest first (for the calendars' SEQUENCE). */
    public List<AgendaVersion> history(Conference conference) {
        List<AgendaVersion> newestFirst = em.createNamedQuery(AgendaVersion.LATEST, AgendaVersion.class)
                .setParameter("conference", conference.getId()).getResultList();
        List<AgendaVersion> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** How often each talk changed between the published versions: its iCalendar SEQUENCE. */
    public Map<Long, Integer> sequences(Conference conference) {
        return EventSequences.of(history(conference).stream().map(v -> talks(conference, v)).toList());
    }

    public AgendaVersion published(String slug) {
        Conference conference = conferences.bySlug(slug);
        return latest(conference).orElseThrow(() -> new PodiumException.NotFound("error.agenda.notPublished", slug));
    }

    private static java.util.Set<Long> publishedIds(JsonObject snapshot) {
        return snapshot.getJsonArray("talks").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("id").longValue()).collect(java.util.stream.Collectors.toSet());
    }

    /** A cancelled talk stays in the programme, marked, once it was published; never published, it is left out. */
    private JsonObject snapshot(Conference conference, int number, java.util.Set<Long> published) {
        JsonArrayBuilder talks = Json.createArrayBuilder();
        for (Talk talk : workingTalks.of(conference)) {
            if (!talk.isScheduled() || talk.isCancelled() && !published.contains(talk.getId())) {
                continue;
            }
            JsonArrayBuilder speakers = Json.createArrayBuilder();
            talk.getSpeakers().forEach(s -> speakers.add(speaker(s)));
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("id", talk.getId())
                    .add("title", talk.getTitle())
                    .add("kind", talk.getKind().name())
                    .add("room", talk.getRoom().getName())
                    .add("roomId", talk.getRoom().getId())
                    .add("start", conference.iso(talk.getStartsAt()))
                    .add("end", conference.iso(talk.endsAt()))
                    .add("durationMinutes", talk.getDurationMinutes())
                    .add("language", talk.getLanguage())
                    .add("speakers", speakers);
            if (talk.isCancelled()) {
                entry.add("status", PublishedTalk.CANCELLED);
            }
            if (talk.getTrack() != null) {
                entry.add("track", talk.getTrack().getCode());
            } else {
                entry.addNull("track");
            }
            if (talk.getSummary() != null) {
                entry.add("abstract", talk.getSummary());
            }
            talks.add(entry);
        }
        return Json.createObjectBuilder()
                .add("version", number)
                .add("publishedAt", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        java.time.Instant.now().atZone(conference.zone()).toOffsetDateTime().withNano(0)))
                .add("timeZone", conference.getTimeZone())
                .add("talks", talks)
                .build();
    }

    /** Name as API.md has it, plus what the talk page shows (title and office), so the snapshot stands alone. */
    private static JsonObjectBuilder speaker(de.podium.agenda.entity.Speaker speaker) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", speaker.fullName()).add("id", speaker.getId());
        if (speaker.getTitle() != null) {
            json.add("title", speaker.getTitle());
        }
        if (speaker.getOffice() != null) {
            json.add("office", speaker.getOffice());
        }
        return json;
    }

    public Conference conferenceOf(AgendaVersion version) {
        return em.find(Conference.class, version.getConferenceId());
    }

    /** The talks of a published version, in the conference's wall-clock time. */
    public List<PublishedTalk> talks(Conference conference, AgendaVersion version) {
        return read(version.getContent()).getJsonArray("talks").getValuesAs(JsonObject.class).stream()
                .map(t -> PublishedTalk.of(t, conference.zone())).toList();
    }

    /**
     * The changelog in the reader's language: what moved (with the new start as people write it, in the
     * conference's time zone), what is new, what was cancelled, then the organizer's own words as typed.
     * The stored version keeps the German one (the organizer's language); mails are written per recipient.
     */
    static String changelog(JsonObject previous, JsonObject current, String freeText, Locale locale) {
        List<String> lines = new ArrayList<>();
        Map<Long, JsonObject> before = new HashMap<>();
        if (previous != null) {
            previous.getJsonArray("talks").getValuesAs(JsonObject.class)
                    .forEach(t -> before.put(t.getJsonNumber("id").longValue(), t));
        }
        for (JsonObject talk : current.getJsonArray("talks").getValuesAs(JsonObject.class)) {
            JsonObject old = before.remove(talk.getJsonNumber("id").longValue());
            if (previous == null) {
                continue;
            }
            if (PublishedTalk.isCancelled(talk)) {
                if (old != null && !PublishedTalk.isCancelled(old)) {
                    lines.add(Texts.get(locale, "agenda.changelog.cancelled", talk.getString("title")));
                }
            } else if (old == null) {
                lines.add(Texts.get(locale, "agenda.changelog.added", talk.getString("title")));
            } else if (!old.getString("start").equals(talk.getString("start")) || !old.getString("room").equals(talk.getString("room"))) {
                lines.add(Texts.get(locale, "agenda.changelog.moved", talk.getString("title"), talk.getString("room"),
                        OffsetDateTime.parse(talk.getString("start")).toLocalDateTime()));
            }
        }
        before.values().forEach(t -> lines.add(Texts.get(locale, "agenda.changelog.cancelled", t.getString("title"))));
        if (previous == null) {
            lines.add(Texts.get(locale, "agenda.changelog.first"));
        }
        if (freeText != null && !freeText.isBlank()) {
            lines.add(freeText.strip());
        }
        return String.join("\n", lines);
    }

    static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
