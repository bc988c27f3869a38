package de.podium.agenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EventSequencesTest {

    static PublishedTalk talk(long id, String room, int hour, String title) {
        return new PublishedTalk(id, title, "TALK", null, null, room, 1, LocalDateTime.of(2026, 10, 24, hour, 0),
                LocalDateTime.of(2026, 10, 24, hour, 45), 45, "de", List.of());
    }

    @Test
    void onlyTalksThatChangedBetweenVersionsAreBumped() {
        List<PublishedTalk> first = List.of(talk(1, "Saal", 10, "Auftakt"), talk(2, "Saal", 11, "Wohnen"));
        List<PublishedTalk> second = List.of(talk(1, "Saal", 10, "Auftakt"), talk(2, "Forum", 11, "Wohnen"));
        List<PublishedTalk> third = List.of(talk(1, "Saal", 10, "Auftakt"), talk(2, "Forum", 14, "Wohnen"),
                talk(3, "Saal", 15, "Neu"));
        Map<Long, Integer> sequences = EventSequences.of(List.of(first, second, third));
        assertEquals(0, sequences.get(1L), "unchanged in three versions");
        assertEquals(2, sequences.get(2L), "moved to another room, then to another time");
        assertEquals(0, sequences.get(3L), "new in the third version");
    }
}
