package de.podium.agenda.boundary;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import de.podium.agenda.control.AgendaPublishing;
import de.podium.agenda.control.PublishedTalk;
import de.podium.agenda.entity.AgendaVersion;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.agenda.control.Rooms;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;

/** The public programme (/conferences/{slug}/agenda): the published version by day, filterable by room and track. */
@Named
@RequestScoped
public class AgendaPage {

    @Inject
    ConferenceService conferences;

    @Inject
    AgendaPublishing publishing;

    @Inject
    Rooms rooms;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private String track;
    private String room;
    private Conference conference;
    private AgendaVersion version;
    private List<Entry> entries = List.of();

    /** One talk of the published programme, in the conference's wall-clock time. */
    public record Entry(long id, String title, String kind, String room, String trackCode, String trackName,
                        LocalDateTime start, LocalDateTime end, List<PublishedTalk.PublishedSpeaker> speakers) {
    }

    public void load() throws IOException {
        Optional<Conference> found = slug == null ? Optional.empty() : conferences.findBySlug(slug);
        if (found.isEmpty()) {
            FacesErrors.sendError(404);
            return;
        }
        conference = found.get();
        version = publishing.latest(conference).orElse(null);
        if (version != null) {
            JsonObject snapshot = Json.createReader(new StringReader(version.getContent())).readObject();
            Map<String, Integer> roomOrder = new java.util.HashMap<>();
            rooms.of(conference).forEach(r -> roomOrder.putIfAbsent(r.getName(), r.getPosition()));
            entries = snapshot.getJsonArray("talks").getValuesAs(JsonObject.class).stream().map(this::entry)
                    .filter(e -> track == null || track.isBlank() || track.equals(e.trackCode()))
                    .filter(e -> room == null || room.isBlank() || room.equals(e.room()))
                    .sorted(java.util.Comparator.comparing(Entry::start)
                            .thenComparing(e -> roomOrder.getOrDefault(e.room(), Integer.MAX_VALUE)))
                    .toList();
        }
    }

    private Entry entry(JsonObject talk) {
        String code = talk.isNull("track") ? null : talk.getString("track");
        String trackName = code == null ? null : conference.track(code).map(t -> t.localizedName(localeSelection.getLocale())).orElse(code);
        return new Entry(talk.getJsonNumber("id").longValue(), talk.getString("title"), talk.getString("kind"),
                talk.getString("room"), code, trackName, local(talk.getString("start")), local(talk.getString("end")),
                talk.getJsonArray("speakers").getValuesAs(JsonObject.class).stream().map(AgendaPage::speaker).toList());
    }

    /** Name (with academic title) and office as the snapshot has them; older snapshots carry only the name. */
    private static PublishedTalk.PublishedSpeaker speaker(JsonObject s) {
        return new PublishedTalk.PublishedSpeaker(s.containsKey("id") ? s.getJsonNumber("id").longValue() : 0L,
                s.getString("name"), s.getString("title", null), s.getString("office", null));
    }

    private LocalDateTime local(String iso) {
        return OffsetDateTime.parse(iso).atZoneSameInstant(conference.zone()).toLocalDateTime();
    }

    public Map<LocalDate, List<Entry>> getDays() {
        return entries.stream().collect(Collectors.groupingBy(e -> e.start().toLocalDate(), TreeMap::new, Collectors.toList()));
    }

    /** Link that shows only one room's programme. */
    public String roomFilter(String name) {
        return "?room=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    public List<String> getRooms() {
        return entries.stream().map(Entry::room).distinct().sorted().toList();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTrack() { return track; }
    public void setTrack(String track) { this.track = track; }
    public String getRoom() { return room; }
    public void setRoom(String room) { this.room = room; }
    public Conference getConference() { return conference; }
    public AgendaVersion getVersion() { return version; }
}
