package de.podium.event.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ConferenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void refusesToEndBeforeItStarts() {
        LocalDateTime start = LocalDateTime.of(2016, 12, 16, 10, 0);
        assertThrows(IllegalArgumentException.class,
                () -> new Conference("x", "X", BERLIN, start, start.minusHours(1)));
    }

    @Test
    void offsetsFollowTheConferenceTimeZoneAcrossDaylightSaving() {
        Conference autumn = new Conference("herbst", "Herbst", BERLIN,
                LocalDateTime.of(2026, 10, 24, 9, 0), LocalDateTime.of(2026, 10, 26, 17, 0));
        assertEquals("2026-10-24T09:00+02:00", autumn.startsAtWithOffset().toString());
        assertEquals("2026-10-26T17:00+01:00", autumn.endsAtWithOffset().toString());
        assertTrue(autumn.isMultiDay());
    }

    @Test
    void categoriesKeepTheirOrderAndCanBeRemoved() {
        Conference conference = new Conference("x", "X", BERLIN,
                LocalDateTime.of(2016, 12, 16, 10, 0), LocalDateTime.of(2016, 12, 16, 16, 0));
        conference.addCategory("LANDRAT", "Landrat/Landrätin").setNameEn("District chief");
        conference.addCategory("PRESS", "Presse");
        conference.removeCategoriesExcept(List.of("PRESS"));
        assertFalse(conference.category("LANDRAT").isPresent());
        assertEquals("Presse", conference.category("PRESS").orElseThrow().localizedName(Locale.ENGLISH),
                "without an English name the German one is shown");
    }
}
