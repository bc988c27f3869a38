package de.podium.event.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TrackColoursTest {

    @Test
    void newTracksTakeDistinctReadableColoursSoScheduleAppsCanTellThemApart() {
        Conference conference = new Conference("dlt", "Integration", ZoneId.of("Europe/Berlin"),
                LocalDateTime.of(2016, 12, 16, 10, 0), LocalDateTime.of(2016, 12, 16, 17, 0));
        for (String code : new String[] {"WOHNEN", "SPRACHE", "ARBEIT", "BILDUNG", "EHRENAMT", "ZUSAMMENLEBEN"}) {
            conference.addTrack(code, code);
        }
        Set<String> colours = conference.getTracks().stream().map(Track::getColour).collect(Collectors.toSet());
        assertEquals(6, colours.size(), colours.toString());
        for (String colour : Track.PALETTE) {
            Colour c = Colour.of(colour);
            assertTrue(c.contrastWith(c.readableText()) >= 4.5, colour);
        }
    }
}
