package de.podium.agenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.Speaker;
import de.podium.agenda.entity.Talk;
import de.podium.agenda.entity.TalkKind;
import de.podium.agenda.entity.TimeWindow;
import de.podium.event.entity.Conference;

/** The conflict rules on plain objects, without a container or database. */
class ConflictsTest {

    static final LocalDateTime DAY = LocalDateTime.of(2027, 6, 1, 0, 0);
    static final Conference CONFERENCE = new Conference("rules", "Regeln", ZoneId.of("Europe/Berlin"),
            DAY.withHour(9), DAY.withHour(18));

    final Room plenary = withId(new Room(CONFERENCE, "Plenarsaal", 100, 0), 1);
    final Room forum = withId(new Room(CONFERENCE, "Forum", 20, 1), 2);
    final Speaker reuss = withId(new Speaker(CONFERENCE, null, "Stefan", "Reuß"), 11);
    final Speaker sager = withId(new Speaker(CONFERENCE, null, "Reinhard", "Sager"), 12);

    @Test
    void halfOpenIntervalsTouchWithoutOverlapping() {
        assertFalse(ScheduleRules.overlap(at(10, 0), at(10, 30), at(10, 30), at(11, 0)));
        assertTrue(ScheduleRules.overlap(at(10, 0), at(10, 31), at(10, 30), at(11, 0)));
        assertTrue(ScheduleRules.overlap(at(10, 0), at(12, 0), at(10, 30), at(11, 0)), "one inside the other");
    }

    @Test
    void aSpeakerWithoutWindowsIsAlwaysAvailableWithWindowsOneMustCoverTheWholeTalk() {
        assertFalse(ScheduleRules.unavailable(List.of(), at(8, 0), at(9, 0)));
        List<TimeWindow> morning = List.of(new TimeWindow(at(9, 0), at(12, 0)));
        assertFalse(ScheduleRules.unavailable(morning, at(11, 0), at(12, 0)));
        assertTrue(ScheduleRules.unavailable(morning, at(11, 30), at(12, 30)), "runs past the window");
        List<TimeWindow> split = List.of(new TimeWindow(at(9, 0), at(10, 0)), new TimeWindow(at(10, 0), at(11, 0)));
        assertTrue(ScheduleRules.unavailable(split, at(9, 30), at(10, 30)), "two windows together do not make one");
    }

    @Test
    void outsideTheDaysNotTheHours() {
        assertFalse(ScheduleRules.outsideDays(DAY.toLocalDate(), DAY.toLocalDate(), at(7, 0), at(8, 0)));
        assertTrue(ScheduleRules.outsideDays(DAY.toLocalDate(), DAY.toLocalDate(), at(23, 30), at(23, 30).plusHours(1)));
    }

    @Test
    void everyConflictTypeIsFoundWithTheTalksItInvolves() {
        Talk opening = talk("Eröffnung", plenary, at(10, 0), 60, 50, reuss);
        Talk parallel = talk("Parallel im Plenum", plenary, at(10, 30), 30, null, sager);
        Talk forumTalk = talk("Forum", forum, at(10, 15), 30, 40, reuss);
        Talk late = talk("Spät", forum, at(23, 30), 60, null);
        Map<Long, List<TimeWindow>> availability = Map.of(sager.getId(), List.of(new TimeWindow(at(13, 0), at(17, 0))));
        Map<Long, List<TimeWindow>> closed = Map.of(forum.getId(), List.of(new TimeWindow(at(10, 0), at(10, 30))));

        List<Conflict> found = Conflicts.of(CONFERENCE, List.of(opening, parallel, forumTalk, late), availability, closed);

        assertEquals(List.of(ConflictType.ROOM_OVERLAP, ConflictType.SPEAKER_OVERLAP, ConflictType.SPEAKER_UNAVAILABLE,
                        ConflictType.ROOM_CAPACITY, ConflictType.ROOM_UNAVAILABLE, ConflictType.OUTSIDE_CONFERENCE),
                found.stream().map(Conflict::type).toList());
        assertEquals(List.of(opening, parallel), found.get(0).talks());
        assertEquals(List.of(opening, forumTalk), found.get(1).talks());
        assertEquals(List.of(parallel), found.get(2).talks());
        assertEquals(List.of(forumTalk), found.get(3).talks());
        assertEquals(List.of(forumTalk), found.get(4).talks());
        assertEquals(List.of(late), found.get(5).talks());
    }

    @Test
    void unplacedTalksAndBackToBackTalksConflictWithNothing() {
        Talk first = talk("Erster", plenary, at(10, 0), 30, null, reuss);
        Talk second = talk("Zweiter", plenary, at(10, 30), 30, null, reuss);
        Talk unplaced = new Talk(CONFERENCE, "Ohne Platz", TalkKind.TALK, 30);
        unplaced.addSpeaker(reuss);
        assertEquals(List.of(), Conflicts.of(CONFERENCE, List.of(first, second, unplaced), Map.of(), Map.of()));
    }

    private Talk talk(String title, Room room, LocalDateTime start, int minutes, Integer audience, Speaker... speakers) {
        Talk talk = new Talk(CONFERENCE, title, TalkKind.TALK, minutes);
        talk.setExpectedAudience(audience);
        for (Speaker speaker : speakers) {
            talk.addSpeaker(speaker);
        }
        talk.place(room, start);
        return talk;
    }

    private static LocalDateTime at(int hour, int minute) {
        return DAY.withHour(hour).withMinute(minute);
    }

    /** The rules compare ids, which the database would assign. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
