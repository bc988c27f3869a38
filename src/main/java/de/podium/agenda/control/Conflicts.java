package de.podium.agenda.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.podium.agenda.entity.Talk;
import de.podium.event.entity.Conference;
import de.podium.speaker.entity.Availability;
import de.podium.speaker.entity.Speaker;

/**
 * The schedule's rules, in one place for the editor, the API and publishing: rooms and speakers in one place at
 * a time, speakers within their availability, audiences within room capacity, talks within the conference.
 */
public final class Conflicts {

    private Conflicts() {
    }

    public static List<Conflict> of(Conference conference, List<Talk> talks, Map<Long, List<Availability>> availability) {
        List<Talk> placed = talks.stream().filter(Talk::isScheduled).toList();
        List<Conflict> found = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Talk talk = placed.get(i);
            for (int j = i + 1; j < placed.size(); j++) {
                Talk other = placed.get(j);
                if (!overlap(talk, other)) {
                    continue;
                }
                if (sameId(talk.getRoom().getId(), other.getRoom().getId()) || talk.getRoom() == other.getRoom()) {
                    found.add(new Conflict(ConflictType.ROOM_OVERLAP, List.of(talk, other),
                            List.of(talk.getRoom().getName(), talk.getTitle(), other.getTitle())));
                }
                for (Speaker speaker : talk.getSpeakers()) {
                    if (other.getSpeakers().stream().anyMatch(s -> s == speaker || sameId(s.getId(), speaker.getId()))) {
                        found.add(new Conflict(ConflictType.SPEAKER_OVERLAP, List.of(talk, other),
                                List.of(speaker.fullName(), talk.getTitle(), other.getTitle())));
                    }
                }
            }
            checkAlone(conference, talk, availability, found);
        }
        return found;
    }

    private static void checkAlone(Conference conference, Talk talk, Map<Long, List<Availability>> availability,
                                   List<Conflict> found) {
        for (Speaker speaker : talk.getSpeakers()) {
            List<Availability> windows = availability.getOrDefault(speaker.getId(), List.of());
            if (!windows.isEmpty() && windows.stream().noneMatch(w -> w.covers(talk.getStartsAt(), talk.endsAt()))) {
                found.add(new Conflict(ConflictType.SPEAKER_UNAVAILABLE, List.of(talk),
                        List.of(speaker.fullName(), talk.getTitle())));
            }
        }
        Integer audience = talk.getExpectedAudience();
        if (audience != null && audience > talk.getRoom().getCapacity()) {
            found.add(new Conflict(ConflictType.ROOM_CAPACITY, List.of(talk),
                    List.of(talk.getTitle(), audience, talk.getRoom().getName(), talk.getRoom().getCapacity())));
        }
        if (outside(conference, talk.getStartsAt(), talk.endsAt())) {
            found.add(new Conflict(ConflictType.OUTSIDE_CONFERENCE, List.of(talk), List.of(talk.getTitle())));
        }
    }

    private static boolean sameId(Long a, Long b) {
        return a != null && a.equals(b);
    }

    static boolean overlap(Talk a, Talk b) {
        return a.getStartsAt().isBefore(b.endsAt()) && b.getStartsAt().isBefore(a.endsAt());
    }

    /** Outside the conference days (not hours: an early breakfast briefing is still part of the day). */
    static boolean outside(Conference conference, LocalDateTime start, LocalDateTime end) {
        return start.isBefore(conference.getStartsAt().toLocalDate().atStartOfDay())
                || end.isAfter(conference.getEndsAt().toLocalDate().plusDays(1).atStartOfDay());
    }
}
