package de.podium.agenda.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.podium.agenda.entity.Speaker;
import de.podium.agenda.entity.Talk;
import de.podium.agenda.entity.TimeWindow;
import de.podium.event.entity.Conference;

/**
 * The schedule's rules, in one place for the editor, the API and publishing: rooms and speakers in one place at
 * a time, speakers within their availability, rooms open and large enough, talks within the conference. The
 * definitions live in {@link ScheduleRules}, which the solver uses too.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /**
     * @param availability speaker id → availability windows
     * @param roomClosed room id → times the room cannot be used
     */
    public static List<Conflict> of(Conference conference, List<Talk> talks, Map<Long, List<TimeWindow>> availability,
                                    Map<Long, List<TimeWindow>> roomClosed) {
        List<Talk> placed = talks.stream().filter(Talk::isScheduled).toList();
        List<Conflict> found = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Talk talk = placed.get(i);
            for (int j = i + 1; j < placed.size(); j++) {
                Talk other = placed.get(j);
                if (!ScheduleRules.overlap(talk.getStartsAt(), talk.endsAt(), other.getStartsAt(), other.endsAt())) {
                    continue;
                }
                if (talk.getRoom().getId().equals(other.getRoom().getId())) {
                    found.add(new Conflict(ConflictType.ROOM_OVERLAP, List.of(talk, other),
                            List.of(talk.getRoom().getName(), talk.getTitle(), other.getTitle())));
                }
                for (Speaker speaker : talk.getSpeakers()) {
                    if (ScheduleRules.sharedSpeaker(List.of(speaker.getId()), speakerIds(other))) {
                        found.add(new Conflict(ConflictType.SPEAKER_OVERLAP, List.of(talk, other),
                                List.of(speaker.fullName(), talk.getTitle(), other.getTitle())));
                    }
                }
            }
            checkAlone(conference, talk, availability, roomClosed, found);
        }
        return found;
    }

    public static List<Long> speakerIds(Talk talk) {
        return talk.getSpeakers().stream().map(Speaker::getId).toList();
    }

    private static void checkAlone(Conference conference, Talk talk, Map<Long, List<TimeWindow>> availability,
                                   Map<Long, List<TimeWindow>> roomClosed, List<Conflict> found) {
        for (Speaker speaker : talk.getSpeakers()) {
            if (ScheduleRules.unavailable(availability.getOrDefault(speaker.getId(), List.of()), talk.getStartsAt(), talk.endsAt())) {
                found.add(new Conflict(ConflictType.SPEAKER_UNAVAILABLE, List.of(talk),
                        List.of(speaker.fullName(), talk.getTitle())));
            }
        }
        if (ScheduleRules.overCapacity(talk.getExpectedAudience(), talk.getRoom().getCapacity())) {
            found.add(new Conflict(ConflictType.ROOM_CAPACITY, List.of(talk),
                    List.of(talk.getTitle(), talk.getExpectedAudience(), talk.getRoom().getName(), talk.getRoom().getCapacity())));
        }
        if (ScheduleRules.roomClosed(roomClosed.getOrDefault(talk.getRoom().getId(), List.of()), talk.getStartsAt(), talk.endsAt())) {
            found.add(new Conflict(ConflictType.ROOM_UNAVAILABLE, List.of(talk),
                    List.of(talk.getRoom().getName(), talk.getTitle())));
        }
        if (ScheduleRules.outsideDays(conference.getStartsAt().toLocalDate(), conference.getEndsAt().toLocalDate(),
                talk.getStartsAt(), talk.endsAt())) {
            found.add(new Conflict(ConflictType.OUTSIDE_CONFERENCE, List.of(talk), List.of(talk.getTitle())));
        }
    }
}
