package de.podium.agenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

import de.podium.event.entity.Conference;

class AgendaExportsTest {

    static final Path XSD = Path.of(System.getProperty("podium.validators", "../shared/validators"), "frab", "schedule.xml.xsd");

    static Conference conference() {
        Conference c = new Conference("herbst-2026", "Herbsttagung", ZoneId.of("Europe/Berlin"),
                LocalDateTime.of(2026, 10, 24, 9, 0), LocalDateTime.of(2026, 10, 25, 17, 0));
        c.addTrack("WOHNEN", "Wohnen");
        return c;
    }

    static List<PublishedTalk> talks() {
        return List.of(
                new PublishedTalk(7, "Wohnraum auf dem Land & <mehr>", "TALK", "Worum es geht", "WOHNEN", "Plenarsaal", 1,
                        LocalDateTime.of(2026, 10, 24, 10, 30), LocalDateTime.of(2026, 10, 24, 11, 15), 45, "de",
                        List.of(new PublishedTalk.PublishedSpeaker(3, "Dr. Eva Schäfer", "Dr.", "Landrätin"))),
                new PublishedTalk(8, "Sonntag nach der Zeitumstellung", "KEYNOTE", null, null, "Forum A", 2,
                        LocalDateTime.of(2026, 10, 25, 10, 30), LocalDateTime.of(2026, 10, 25, 11, 30), 60, "en", List.of()));
    }

    @Test
    void calendarUsesTheConferenceZoneWithVtimezoneAcrossTheDaylightSavingChange() throws Exception {
        java.time.Instant published = java.time.Instant.parse("2026-10-01T08:00:00Z");
        byte[] ics = AgendaCalendar.of(conference(), talks(), java.util.Map.of(7L, 2), published, "http://localhost:8080", "Herbsttagung");
        org.junit.jupiter.api.Assertions.assertArrayEquals(ics, AgendaCalendar.of(conference(), talks(), java.util.Map.of(7L, 2),
                published, "http://localhost:8080", "Herbsttagung"), "same version, same bytes (ETag)");
        String text = new String(ics, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("BEGIN:VTIMEZONE") && text.contains("TZID:Europe/Berlin"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Berlin:20261024T103000"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Berlin:20261025T103000"), text);
        assertTrue(text.contains("UID:talk-7@localhost") && text.contains("DTSTAMP:") && text.contains("SEQUENCE:2"), text);
        assertTrue(text.contains("UID:talk-8@localhost") && text.contains("SEQUENCE:0"), "unchanged talk: " + text);
        assertTrue(text.contains("X-WR-CALNAME:Herbsttagung") && text.contains("METHOD:PUBLISH"), text);
        assertTrue(text.contains("DTSTAMP:20261001T080000Z"), "stamped with the publication: " + text);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
    }

    @Test
    void frabXmlIsValidAgainstTheScheduleSchema() throws Exception {
        String xml = new FrabSchedule(conference(), talks(), List.of("Plenarsaal", "Forum A"), 3, "http://localhost:8080").xml();
        assertTrue(xml.contains("<start>10:30</start>") && xml.contains("<duration>00:45</duration>"), xml);
        assertTrue(xml.contains("<date>2026-10-25T10:30:00+01:00</date>"), "winter time on Sunday: " + xml);
        assertTrue(xml.contains("&lt;mehr"), "escaped: " + xml);
        assertTrue(xml.contains("<start>2026-10-24</start>") && xml.contains("<end>2026-10-25</end>"),
                "ConfClerk reads the conference's start and end as dates: " + xml);
        assertTrue(xml.contains("<link href=\"http://localhost:8080/conferences/herbst-2026/talks/7\" type=\"web\">"), xml);
        assertTrue(xml.contains("slug=\"wohnen\" color=\"#2e6b30\""), xml);
        if (Files.exists(XSD)) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(XSD.toFile()).newValidator()
                    .validate(new StreamSource(new StringReader(xml)));
        }
    }

    @Test
    void frabJsonNamesDaysRoomsAndEvents() {
        String json = new FrabSchedule(conference(), talks(), List.of("Plenarsaal", "Forum A"), 3, "http://localhost:8080").json();
        var schedule = jakarta.json.Json.createReader(new StringReader(json)).readObject().getJsonObject("schedule");
        var conference = schedule.getJsonObject("conference");
        assertEquals("herbst_2026", conference.getString("acronym"));
        assertEquals(2, conference.getInt("daysCount"));
        var event = conference.getJsonArray("days").getJsonObject(0).getJsonObject("rooms").getJsonArray("Plenarsaal").getJsonObject(0);
        assertEquals("2026-10-24T10:30:00+02:00", event.getString("date"));
        assertEquals("herbst_2026-7-wohnraum-auf-dem-land-mehr", event.getString("slug"));
        assertEquals("Dr. Eva Schäfer", event.getJsonArray("persons").getJsonObject(0).getString("public_name"));
    }
}
