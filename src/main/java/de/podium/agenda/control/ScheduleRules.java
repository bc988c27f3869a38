package de.podium.agenda.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import de.podium.agenda.entity.TimeWindow;

/**
 * The definitions of the schedule's hard rules, shared by the conflict warnings ({@link Conflicts}) and the
 * solver's constraints ({@code de.podium.agenda.control.solver.AgendaConstraints}), so that a solved schedule
 * never shows a warning in the editor.
 */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    /** Half-open intervals: a talk ending at 10:30 and one starting at 10:30 do not overlap. */
    public static boolean overlap(LocalDateTime aStart, LocalDateTime aEnd, LocalDateTime bStart, LocalDateTime bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    public static boolean sharedSpeaker(Collection<Long> a, Collection<Long> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** A speaker without windows is always available; with windows, one must cover the whole talk. */
    public static boolean unavailable(List<TimeWindow> windows, LocalDateTime start, LocalDateTime end) {
        return !windows.isEmpty() && windows.stream().noneMatch(w -> !start.isBefore(w.getStartsAt()) && !end.isAfter(w.getEndsAt()));
    }

    public static boolean overCapacity(Integer expectedAudience, int capacity) {
        return expectedAudience != null && expectedAudience > capacity;
    }

    /** A room's closed times: any overlap counts. */
    public static boolean roomClosed(List<TimeWindow> closed, LocalDateTime start, LocalDateTime end) {
        return closed.stream().anyMatch(w -> overlap(w.getStartsAt(), w.getEndsAt(), start, end));
    }

    /** Outside the conference days (not hours: an early breakfast briefing is still part of the day). */
    public static boolean outsideDays(LocalDate firstDay, LocalDate lastDay, LocalDateTime start, LocalDateTime end) {
        return start.isBefore(firstDay.atStartOfDay()) || end.isAfter(lastDay.plusDays(1).atStartOfDay());
    }
}
