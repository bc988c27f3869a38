package de.podium.documents.control;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.speaker.control.UnconfirmedSpeakers;
import de.podium.agenda.control.AgendaPublishing;
import de.podium.agenda.entity.AgendaVersion;
import de.podium.agenda.entity.Talk;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.speaker.control.SlideService;
import de.podium.speaker.entity.Slide;
import de.podium.agenda.entity.Speaker;

/** Gathers the proceedings' content: the latest published agenda, each talk's speakers and released (else latest) slides. */
@ApplicationScoped
public class Proceedings {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    UnconfirmedSpeakers unconfirmed;

    @Inject
    AgendaPublishing publishing;

    @Inject
    SlideService slides;

    /** The caller has checked the organizer's rights. */
    public ProceedingsContent content(Conference conference, Locale locale) {
        AgendaVersion version = publishing.latest(conference)
                .orElseThrow(() -> new PodiumException.Conflict("not_published", "documents.proceedings.notPublished"));
        JsonObject snapshot;
        try (JsonReader reader = Json.createReader(new StringReader(version.getContent()))) {
            snapshot = reader.readObject();
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern(Texts.get(locale, "documents.datePattern"), locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        Set<List<Long>> notConfirmed = unconfirmed.of(conference);
        List<ProceedingsContent.TalkEntry> talks = new ArrayList<>();
        for (JsonObject t : snapshot.getJsonArray("talks").getValuesAs(JsonObject.class)) {
            long id = t.getJsonNumber("id").longValue();
            Talk talk = em.find(Talk.class, id);
            OffsetDateTime start = OffsetDateTime.parse(t.getString("start"));
            OffsetDateTime end = OffsetDateTime.parse(t.getString("end"));
            String when = Texts.get(locale, "documents.proceedings.when", date.format(start), time.format(start),
                    time.format(end), t.getString("room"));
            List<String> speakers = talk == null
                    ? t.getJsonArray("speakers").getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList()
                    : talk.getSpeakers().stream().filter(s -> !notConfirmed.contains(List.of(talk.getId(), s.getId())))
                            .map(Proceedings::speaker).toList();
            Slide chosen = talk == null ? null : slides.forProceedings(talk).orElse(null);
            talks.add(new ProceedingsContent.TalkEntry(id, t.getString("title"), when, t.getString("room"), speakers,
                    t.getString("abstract", talk == null ? null : talk.getSummary()),
                    chosen == null ? null : Path.of(chosen.getStoragePath()),
                    chosen == null ? null : chosen.getContentType(), chosen == null ? 0 : chosen.getId(), "BREAK".equals(t.getString("kind", ""))));
        }
        String made = date.format(LocalDate.ofInstant(Instant.now(), conference.zone()));
        return new ProceedingsContent(locale, conference.getTitle(), conference.getSubtitle(),
                Documents.dates(conference, date, locale), Documents.place(conference), conference.getOrganizerName(),
                Texts.get(locale, "documents.proceedings.edition", version.getVersion(), made), talks);
    }

    private static String speaker(Speaker s) {
        String office = PdfText.clean(s.getOffice());
        return office.isEmpty() ? s.fullName() : s.fullName() + ", " + office;
    }
}
