package de.podium.agenda.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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

    public record Cell(Room room, LocalDateTime start, List<Talk> talks) {
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

    public static List<Row> rows(Conference conference, LocalDate day, List<Room> rooms, List<Talk> talks) {
        List<Talk> today = talks.stream().filter(t -> t.isScheduled() && t.getStartsAt().toLocalDate().equals(day)).toList();
        LocalDateTime first = day.atTime(dayStart(conference));
        LocalDateTime last = day.atTime(dayEnd(conference));
        for (Talk talk : today) {
            first = talk.getStartsAt().isBefore(first) ? floor(talk.getStartsAt()) : first;
            last = talk.endsAt().isAfter(last) ? talk.endsAt() : last;
        }
        List<Row> rows = new ArrayList<>();
        for (LocalDateTime start = first; start.isBefore(last); start = start.plusMinutes(STEP_MINUTES)) {
            LocalDateTime rowStart = start;
            LocalDateTime rowEnd = start.plusMinutes(STEP_MINUTES);
            List<Cell> cells = rooms.stream().map(room -> new Cell(room, rowStart, today.stream()
                    .filter(t -> t.getRoom().getId().equals(room.getId()))
                    .filter(t -> !t.getStartsAt().isBefore(rowStart) && t.getStartsAt().isBefore(rowEnd)).toList())).toList();
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
