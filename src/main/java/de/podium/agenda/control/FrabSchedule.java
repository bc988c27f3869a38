package de.podium.agenda.control;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import de.podium.event.entity.Conference;
import de.podium.event.entity.Track;
import de.podium.platform.control.Texts;

/**
 * The published programme in the frab/c3voc schedule formats (XML and JSON), which apps such as Giggity and
 * ConfClerk read. One day element per conference day (the XML schema needs at least one), rooms in venue order.
 * The conference's start and end are plain dates, as frab and pretalx write them: ConfClerk reads them with a date
 * pattern and places a conference with full date-times on 2106-02-07, with every view empty. Venue and city are
 * written only on request ({@link #xml(boolean)}): ConfClerk shows them as "Where:" (pentabarf's elements), but both
 * schemas of the contract (frab/schedule.xml.xsd, schema.json) refuse them in the conference, and API.md promises a
 * schedule.xml that validates.
 */
public final class FrabSchedule {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Conference conference;
    private final List<PublishedTalk> talks;
    private final List<String> rooms;
    private final int version;
    private final String baseUrl;

    public FrabSchedule(Conference conference, List<PublishedTalk> talks, List<String> rooms, int version, String baseUrl) {
        this.conference = conference;
        this.talks = talks;
        this.rooms = rooms;
        this.version = version;
        this.baseUrl = baseUrl;
    }

    /** frab's acronym patterns allow no dash inside the first part, so dashes of the slug become underscores. */
    String acronym() {
        return conference.getSlug().replace('-', '_');
    }

    String guid(String kind, Object id) {
        return UUID.nameUUIDFromBytes(("podium:" + conference.getSlug() + ":" + kind + ":" + id)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    String slug(PublishedTalk talk) {
        String title = Normalizer.normalize(talk.title().toLowerCase(Locale.ROOT)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (title.length() > 60) {
            title = title.substring(0, 60).replaceAll("-+$", "");
        }
        return acronym() + "-" + talk.id() + (title.isEmpty() ? "-talk" : "-" + title);
    }

    private String offset(LocalDateTime wallClock) {
        return conference.iso(wallClock);
    }

    private String url(PublishedTalk talk) {
        return baseUrl + "/conferences/" + conference.getSlug() + "/talks/" + talk.id();
    }

    private static String duration(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    /** The talk page, linked as the event's url and as its one link (apps show links as buttons). */
    /** The frab formats have no status: a cancelled talk says so in its title, as apps show the title. */
    private static String title(PublishedTalk talk) {
        return talk.cancelled() ? Texts.get(Texts.GERMAN, "agenda.export.cancelledTitle", talk.title()) : talk.title();
    }

    private String linkText() {
        return Texts.get(Texts.GERMAN, "agenda.export.talkPage");
    }

    static String trackSlug(Track track) {
        String slug = track.getCode().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() || !Character.isLetter(slug.charAt(0)) ? "track-" + slug : slug;
    }

    private static String colour(Track track) {
        return track.getColour() != null && track.getColour().matches("#[0-9a-fA-F]{6}")
                ? track.getColour().toLowerCase(Locale.ROOT) : null;
    }

    private String trackName(PublishedTalk talk) {
        return talk.trackCode() == null ? null : conference.track(talk.trackCode()).map(Track::getName).orElse(talk.trackCode());
    }

    private List<LocalDate> days() {
        LocalDate first = conference.getStartsAt().toLocalDate();
        LocalDate last = conference.getEndsAt().toLocalDate();
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** Talks of a day by room, rooms in venue order, talks by start. */
    private Map<String, List<PublishedTalk>> byRoom(LocalDate day) {
        Map<String, List<PublishedTalk>> grouped = new LinkedHashMap<>();
        rooms.forEach(r -> grouped.put(r, new java.util.ArrayList<>()));
        talks.stream().filter(t -> t.start().toLocalDate().equals(day))
                .sorted(java.util.Comparator.comparing(PublishedTalk::start))
                .forEach(t -> grouped.computeIfAbsent(t.room(), r -> new java.util.ArrayList<>()).add(t));
        return grouped;
    }

    public String xml() {
        return xml(false);
    }

    /** @param withVenue adds {@code <venue>} and {@code <city>} to the conference, outside the c3voc schema */
    public String xml(boolean withVenue) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("schedule");
            xml.writeStartElement("generator");
            xml.writeAttribute("name", "podium");
            xml.writeEndElement();
            text(xml, "url", baseUrl + "/conferences/" + conference.getSlug() + "/schedule.xml");
            text(xml, "version", Integer.toString(version));
            xml.writeStartElement("conference");
            text(xml, "title", conference.getTitle());
            text(xml, "acronym", acronym());
            if (withVenue) {
                text(xml, "venue", conference.getVenue() == null ? "" : conference.getVenue());
                text(xml, "city", conference.getCity() == null ? "" : conference.getCity());
            }
            text(xml, "start", conference.getStartsAt().toLocalDate().toString());
            text(xml, "end", conference.getEndsAt().toLocalDate().toString());
            text(xml, "days", Integer.toString(days().size()));
            text(xml, "timeslot_duration", "00:15");
            text(xml, "base_url", baseUrl + "/conferences/" + conference.getSlug());
            text(xml, "url", baseUrl + "/conferences/" + conference.getSlug());
            text(xml, "time_zone_name", conference.getTimeZone());
            for (Track track : conference.getTracks()) {
                xml.writeStartElement("track");
                xml.writeAttribute("name", track.getName());
                xml.writeAttribute("slug", trackSlug(track));
                if (colour(track) != null) {
                    xml.writeAttribute("color", colour(track));
                }
                xml.writeCharacters(track.getName());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            int index = 1;
            for (LocalDate day : days()) {
                xml.writeStartElement("day");
                xml.writeAttribute("index", Integer.toString(index++));
                xml.writeAttribute("date", day.toString());
                xml.writeAttribute("start", offset(day.atStartOfDay()));
                xml.writeAttribute("end", offset(day.plusDays(1).atStartOfDay()));
                for (Map.Entry<String, List<PublishedTalk>> room : byRoom(day).entrySet()) {
                    xml.writeStartElement("room");
                    xml.writeAttribute("name", room.getKey());
                    for (PublishedTalk talk : room.getValue()) {
                        event(xml, talk);
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void event(XMLStreamWriter xml, PublishedTalk talk) throws XMLStreamException {
        xml.writeStartElement("event");
        xml.writeAttribute("id", Long.toString(talk.id()));
        xml.writeAttribute("guid", guid("talk", talk.id()));
        text(xml, "room", talk.room());
        text(xml, "title", title(talk));
        text(xml, "type", talk.kind().toLowerCase(Locale.ROOT));
        text(xml, "date", offset(talk.start()));
        text(xml, "start", HH_MM.format(talk.start()));
        text(xml, "duration", duration(talk.durationMinutes()));
        text(xml, "abstract", talk.summary() == null ? "" : talk.summary());
        text(xml, "slug", slug(talk));
        text(xml, "track", trackName(talk) == null ? "" : trackName(talk));
        xml.writeStartElement("persons");
        for (PublishedTalk.PublishedSpeaker speaker : talk.speakers()) {
            xml.writeStartElement("person");
            if (speaker.id() > 0) {
                xml.writeAttribute("id", Long.toString(speaker.id()));
                xml.writeAttribute("guid", guid("person", speaker.id()));
            }
            xml.writeCharacters(speaker.name());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        text(xml, "language", talk.language());
        xml.writeStartElement("links");
        xml.writeStartElement("link");
        xml.writeAttribute("href", url(talk));
        xml.writeAttribute("type", "web");
        xml.writeCharacters(linkText());
        xml.writeEndElement();
        xml.writeEndElement();
        text(xml, "url", url(talk));
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    public String json() {
        JsonArrayBuilder days = Json.createArrayBuilder();
        int index = 1;
        for (LocalDate day : days()) {
            JsonObjectBuilder byRoom = Json.createObjectBuilder();
            byRoom(day).forEach((room, list) -> {
                JsonArrayBuilder events = Json.createArrayBuilder();
                list.forEach(t -> events.add(event(t)));
                byRoom.add(room, events);
            });
            days.add(Json.createObjectBuilder()
                    .add("index", index++)
                    .add("date", day.toString())
                    .add("day_start", offset(day.atStartOfDay()))
                    .add("day_end", offset(day.plusDays(1).atStartOfDay()))
                    .add("rooms", byRoom));
        }
        JsonArrayBuilder tracks = Json.createArrayBuilder();
        conference.getTracks().forEach(t -> {
            JsonObjectBuilder track = Json.createObjectBuilder().add("name", t.getName()).add("slug", trackSlug(t));
            if (colour(t) != null) {
                track.add("color", colour(t));
            }
            tracks.add(track);
        });
        JsonArrayBuilder roomList = Json.createArrayBuilder();
        rooms.forEach(r -> roomList.add(Json.createObjectBuilder().add("name", r).add("guid", guid("room", r))));
        JsonObject conferenceJson = Json.createObjectBuilder()
                .add("acronym", acronym())
                .add("title", conference.getTitle())
                .add("start", conference.getStartsAt().toLocalDate().toString())
                .add("end", conference.getEndsAt().toLocalDate().toString())
                .add("daysCount", days().size())
                .add("timeslot_duration", "00:15")
                .add("time_zone_name", conference.getTimeZone())
                .add("url", baseUrl + "/conferences/" + conference.getSlug())
                .add("tracks", tracks)
                .add("rooms", roomList)
                .add("days", days)
                .build();
        return Json.createObjectBuilder()
                .add("$schema", "https://c3voc.de/schedule/schema.json")
                .add("generator", Json.createObjectBuilder().add("name", "podium"))
                .add("schedule", Json.createObjectBuilder()
                        .add("version", Integer.toString(version))
                        .add("base_url", baseUrl + "/conferences/" + conference.getSlug() + "/")
                        .add("conference", conferenceJson))
                .build().toString();
    }

    private JsonObject event(PublishedTalk talk) {
        JsonArrayBuilder persons = Json.createArrayBuilder();
        talk.speakers().forEach(s -> persons.add(Json.createObjectBuilder().add("id", s.id()).add("public_name", s.name())));
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("id", talk.id())
                .add("guid", guid("talk", talk.id()))
                .add("date", offset(talk.start()))
                .add("start", HH_MM.format(talk.start()))
                .add("duration", duration(talk.durationMinutes()))
                .add("room", talk.room())
                .add("slug", slug(talk))
                .add("url", url(talk))
                .add("title", title(talk))
                .addNull("subtitle")
                .add("type", talk.kind().toLowerCase(Locale.ROOT))
                .add("language", talk.language())
                .add("persons", persons)
                .add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "web").add("url", url(talk)).add("title", linkText())));
        String track = trackName(talk);
        if (track == null) {
            event.addNull("track");
        } else {
            event.add("track", track);
        }
        if (talk.summary() == null) {
            event.addNull("abstract");
        } else {
            event.add("abstract", talk.summary());
        }
        return event.build();
    }
}
