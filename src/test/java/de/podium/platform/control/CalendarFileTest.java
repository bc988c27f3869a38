package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CalendarFileTest {

    @Test
    void longLinesOfUmlautsAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "Größenverhältnisse übermäßig ".repeat(10);
        byte[] folded = CalendarFile.folded("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n");
        String text = new String(folded, StandardCharsets.UTF_8);
        for (String physical : text.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertEquals("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n", text.replace("\r\n ", ""), "unfolds to the original");
        assertTrue(!text.contains("\uFFFD"), "no broken UTF-8 sequence");
    }

    @Test
    void uidsCarryThePublicHost() {
        assertEquals("talk-7@podium.example.org", CalendarFile.uid("talk-7", "https://podium.example.org"));
        assertEquals("talk-7@localhost", CalendarFile.uid("talk-7", "http://localhost:8080"));
    }

    @Test
    void calendarsAreNamedForSubscribingAppsAndPublished() {
        String text = new String(CalendarFile.bytes(CalendarFile.named("Integration im ländlichen Raum", "Europe/Berlin")),
                StandardCharsets.UTF_8);
        assertTrue(text.contains("METHOD:PUBLISH\r\n"), text);
        assertTrue(text.contains("NAME:Integration im ländlichen Raum\r\n"), text);
        assertTrue(text.contains("X-WR-CALNAME:Integration im ländlichen Raum\r\n"), text);
        assertTrue(text.contains("X-WR-TIMEZONE:Europe/Berlin\r\n"), text);
        assertTrue(CalendarFile.MIME_TYPE.endsWith("method=PUBLISH"));
    }
}
