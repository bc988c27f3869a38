package de.podium.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;

import de.podium.event.entity.Conference;

class ConferenceCalendarTest {

    @Test
    void conferenceIsOneValidEventInUtc() throws Exception {
        Conference conference = new Conference("dlt", "Integration von Flüchtlingen im ländlichen Raum",
                ZoneId.of("Europe/Berlin"), LocalDateTime.of(2016, 12, 16, 10, 0), LocalDateTime.of(2016, 12, 16, 16, 30));
        conference.setCity("Berlin");
        conference.setVenue("Deutscher Landkreistag, Ulrich-von-Hassell-Haus");
        String ics = ConferenceCalendar.ics(conference, "http://localhost:8080");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(1, parsed.getComponents(Component.VEVENT).size());
        assertFalse(parsed.validate().hasErrors(), () -> parsed.validate().getEntries() + "\n" + ics);
        assertTrue(ics.contains("DTSTART:20161216T090000Z"), ics);
    }
}
