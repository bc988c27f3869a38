package de.podium.agenda.control.solver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.Speaker;
import de.podium.agenda.entity.Talk;
import de.podium.agenda.entity.TimeWindow;

/**
 * Turns a conference's rooms and talks into a planning problem. Candidate starts lie on a grid within each
 * day's hours (the conference's start and end time of day), so that every talk ends within them.
 */
public final class PlanBuilder {

    private static final LocalTime DEFAULT_DAY_START = LocalTime.of(9, 0);
    private static final LocalTime DEFAULT_DAY_END = LocalTime.of(18, 0);

    private final LocalDateTime conferenceStart;
    private final LocalDateTime conferenceEnd;
    private final int gridMinutes;

    public PlanBuilder(LocalDateTime conferenceStart, LocalDateTime conferenceEnd, int gridMinutes) {
        this.conferenceStart = conferenceStart;
        this.conferenceEnd = conferenceEnd;
        this.gridMinutes = gridMinutes;
    }

    /** Whether the solver may move scheduled talks too (pinned ones stay) or only places unscheduled ones. */
    public enum Mode { UNSCHEDULED, ALL }

    public AgendaPlan build(List<Room> rooms, List<Talk> talks, Map<Long, List<TimeWindow>> availability,
                            Map<Long, List<TimeWindow>> roomClosed, Mode mode) {
        List<PlanRoom> planRooms = rooms.stream()
                .map(r -> new PlanRoom(r.getId(), r.getName(), r.getCapacity(), roomClosed.getOrDefault(r.getId(), List.of())))
                .toList();
        long largest = planRooms.stream().max(Comparator.comparingInt(PlanRoom::getCapacity)).map(PlanRoom::getId).orElse(-1L);
        PlanContext context = new PlanContext(conferenceStart.toLocalDate(), conferenceEnd.toLocalDate(), largest);
        List<PlanTalk> planTalks = new ArrayList<>();
        for (Talk talk : talks) {
            List<Long> speakerIds = talk.getSpeakers().stream().map(Speaker::getId).toList();
            List<List<TimeWindow>> windows = speakerIds.stream().map(id -> availability.getOrDefault(id, List.of())).toList();
            PlanTalk planTalk = new PlanTalk(talk.getId(), talk.getTitle(), talk.getKind(),
                    talk.getTrack() == null ? null : talk.getTrack().getCode(), talk.getDurationMinutes(),
                    talk.getExpectedAudience(), speakerIds, windows, slots(planRooms, talk.getDurationMinutes()), context);
            boolean keep = talk.isScheduled() && (talk.isPinned() || mode == Mode.UNSCHEDULED);
            if (keep) {
                planTalk.pin(planRooms.stream().filter(r -> r.getId() == talk.getRoom().getId()).findFirst().orElseThrow(),
                        talk.getStartsAt());
            }
            planTalks.add(planTalk);
        }
        return new AgendaPlan(planRooms, planTalks);
    }

    /** Every room at every start that lets a talk of this length end within the day's hours. */
    public List<PlanSlot> slots(List<PlanRoom> rooms, int durationMinutes) {
        List<LocalDateTime> starts = starts(durationMinutes);
        List<PlanSlot> slots = new ArrayList<>(rooms.size() * starts.size());
        rooms.forEach(room -> starts.forEach(start -> slots.add(new PlanSlot(room, start))));
        return slots;
    }

    /** Starts on the grid such that a talk of this length ends within the day's hours. */
    List<LocalDateTime> starts(int durationMinutes) {
        LocalTime dayStart = conferenceStart.toLocalTime();
        LocalTime dayEnd = conferenceEnd.toLocalTime();
        if (!dayEnd.isAfter(dayStart)) {
            dayStart = DEFAULT_DAY_START;
            dayEnd = DEFAULT_DAY_END;
        }
        List<LocalDateTime> starts = new ArrayList<>();
        LocalDate last = conferenceEnd.toLocalDate();
        for (LocalDate day = conferenceStart.toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            LocalDateTime end = day.atTime(dayEnd);
            for (LocalDateTime start = day.atTime(dayStart); !start.plusMinutes(durationMinutes).isAfter(end);
                 start = start.plusMinutes(gridMinutes)) {
                starts.add(start);
            }
        }
        return starts;
    }
}
