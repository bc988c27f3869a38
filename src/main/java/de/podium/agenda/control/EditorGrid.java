package de.podium.agenda.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.podium.agenda.control.solver.Proposal;

import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.Talk;
import de.podium.event.entity.Conference;

/**
 * The schedule editor's grid for one day: rooms as columns, rows of {@link #STEP_MINUTES} minutes within the
 * day's hours (stretched to show talks placed earlier or later), each talk in the cell where it starts.
 */
public final class EditorGrid {

    public static final int STEP_MINUTES = 15;
    private static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    private static final LocalTime DEFAULT_END = LocalTime.of(18, 0);

    public record Cell(Room room, LocalDateTime start, List<GridTalk> talks) {
    }

    public record Row(LocalDateTime start, List<Cell> cells) {
    }

    private EditorGrid() {
    }

    public static List<LocalDate> days(Conference conference) {
        return conference.getStartsAt().toLocalDate().datesUntil(conference.getEndsAt().toLocalDate().plusDays(1)).toList();
    }

    /** Every start time the keyboard form offers: the grid of every conference day. */
    public static List<LocalDateTime> starts(Conference conference) {
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDate day : days(conference)) {
            for (LocalDateTime t = day.atTime(dayStart(conference)); t.isBefore(day.atTime(dayEnd(conference))); t = t.plusMinutes(STEP_MINUTES)) {
                starts.add(t);
            }
        }
        return starts;
    }

    /**
     * The placed talks as the grid draws them: where they are, or where {@code proposed} (talk id → proposed
     * place) would put them; talks overlapping in a room get lanes side by side.
     */
    public static List<GridTalk> placed(List<Talk> talks, Map<Long, Proposal.Placement> proposed) {
        List<GridTalk> placed = new ArrayList<>();
        for (Talk talk : talks) {
            Proposal.Placement moved = proposed.get(talk.getId());
            if (moved != null && !moved.kept()) {
                placed.add(new GridTalk(talk, moved.roomId(), moved.start(), moved.end(), 0, 1, true));
            } else if (talk.isScheduled()) {
                placed.add(new GridTalk(talk, talk.getRoom().getId(), talk.getStartsAt(), talk.endsAt(), 0, 1, false));
            }
        }
        Map<Long, List<GridTalk>> byRoom = placed.stream().collect(Collectors.groupingBy(GridTalk::roomId));
        return byRoom.values().stream().flatMap(inRoom -> lanes(inRoom).stream())
                .sorted(Comparator.comparing(GridTalk::start)).toList();
    }

    /** Interval partitioning: each group of overlapping talks gets as many lanes as talks run at once. */
    private static List<GridTalk> lanes(List<GridTalk> inRoom) {
        List<GridTalk> sorted = inRoom.stream().sorted(Comparator.comparing(GridTalk::start)
                .thenComparing(GridTalk::end, Comparator.reverseOrder())).toList();
        List<GridTalk> result = new ArrayList<>();
        List<GridTalk> group = new ArrayList<>();
        List<Integer> lanes = new ArrayList<>();
        List<LocalDateTime> laneEnds = new ArrayList<>();
        LocalDateTime groupEnd = null;
        for (GridTalk talk : sorted) {
            if (groupEnd != null && !talk.start().isBefore(groupEnd)) {
                closeGroup(group, lanes, laneEnds.size(), result);
                laneEnds.clear();
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(talk.start())) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(talk.end());
            } else {
                laneEnds.set(lane, talk.end());
            }
            group.add(talk);
            lanes.add(lane);
            groupEnd = group.size() == 1 || talk.end().isAfter(groupEnd) ? talk.end() : groupEnd;
        }
        closeGroup(group, lanes, laneEnds.size(), result);
        return result;
    }

    private static void closeGroup(List<GridTalk> group, List<Integer> lanes, int width, List<GridTalk> result) {
        for (int i = 0; i < group.size(); i++) {
            result.add(group.get(i).inLane(lanes.get(i), width));
        }
        group.clear();
        lanes.clear();
    }

    public static List<Row> rows(Conference conference, LocalDate day, List<Room> rooms, List<GridTalk> placed) {
        List<GridTalk> today = placed.stream().filter(t -> t.start().toLocalDate().equals(day)).toList();
        LocalDateTime first = day.atTime(dayStart(conference));
        LocalDateTime last = day.atTime(dayEnd(conference));
        for (GridTalk talk : today) {
            first = talk.start().isBefore(first) ? floor(talk.start()) : first;
            last = talk.end().isAfter(last) ? talk.end() : last;
        }
        List<Row> rows = new ArrayList<>();
        for (LocalDateTime start = first; start.isBefore(last); start = start.plusMinutes(STEP_MINUTES)) {
            LocalDateTime rowStart = start;
            LocalDateTime rowEnd = start.plusMinutes(STEP_MINUTES);
            List<Cell> cells = rooms.stream().map(room -> new Cell(room, rowStart, today.stream()
                    .filter(t -> t.roomId() == room.getId())
                    .filter(t -> !t.start().isBefore(rowStart) && t.start().isBefore(rowEnd)).toList())).toList();
            rows.add(new Row(rowStart, cells));
        }
        return rows;
    }

    private static LocalDateTime floor(LocalDateTime time) {
        return time.withMinute(time.getMinute() / STEP_MINUTES * STEP_MINUTES).withSecond(0).withNano(0);
    }

    static LocalTime dayStart(Conference conference) {
        return hoursValid(conference) ? conference.getStartsAt().toLocalTime() : DEFAULT_START;
    }

    static LocalTime dayEnd(Conference conference) {
        return hoursValid(conference) ? conference.getEndsAt().toLocalTime() : DEFAULT_END;
    }

    private static boolean hoursValid(Conference conference) {
        return conference.getEndsAt().toLocalTime().isAfter(conference.getStartsAt().toLocalTime());
    }
}
