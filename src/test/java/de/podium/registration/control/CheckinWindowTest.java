package de.podium.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import de.podium.platform.control.Texts;

class CheckinWindowTest {

    private final CheckinWindow demo = new CheckinWindow(LocalDate.of(2016, 12, 15), LocalDate.of(2016, 12, 16),
            ZoneId.of("Europe/Berlin"));

    @Test
    void openFromTheDayBeforeToTheEndOfTheLastDayInTheConferenceZone() {
        assertFalse(demo.admits(Instant.parse("2016-12-14T22:59:59Z")), "23:59 Berlin two days before");
        assertTrue(demo.admits(Instant.parse("2016-12-14T23:00:00Z")), "midnight Berlin, the day before");
        assertTrue(demo.admits(Instant.parse("2016-12-16T22:59:59Z")), "last minute of the last day");
        assertFalse(demo.admits(Instant.parse("2016-12-16T23:00:00Z")), "the day after");
        assertFalse(demo.admits(Instant.parse("2026-12-03T10:00:00Z")), "years later");
    }

    @Test
    void windowIsWrittenAsPeopleWriteDates() {
        assertEquals("Einlass vom 15.12.2016 bis zum 16.12.2016.",
                Texts.get(Texts.GERMAN, "checkin.window", demo.firstDay(), demo.lastDay()));
        assertEquals("Admission from 15 December 2016 to 16 December 2016.",
                Texts.get(Texts.ENGLISH, "checkin.window", demo.firstDay(), demo.lastDay()));
    }
}
