package de.podium.agenda.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import de.podium.agenda.entity.TimeWindow;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PodiumException.FieldError;

/**
 * The one check of time windows typed in (speaker availability, room closed times; API lists and the page's form):
 * both ends given, the end after the start in the conference's wall-clock time (which is what {@link TimeWindow}
 * stores, so a window across the autumn clock change cannot slip through as a 500).
 */
final class WindowInput {

    private WindowInput() {
    }

    /** Adds the problems of one window to {@code errors}, under the given field names. */
    static void check(LocalDateTime start, String startField, LocalDateTime end, String endField, List<FieldError> errors) {
        if (start == null) {
            errors.add(new FieldError(startField, "error.agenda.window.missing"));
        }
        if (end == null) {
            errors.add(new FieldError(endField, "error.agenda.window.missing"));
        } else if (start != null && !end.isAfter(start)) {
            errors.add(new FieldError(endField, "error.agenda.window.order"));
        }
    }

    /** A list of windows from the API ({@code [i].start}, {@code [i].end}); 422 naming every bad entry. */
    static List<TimeWindow> windows(Conference conference, List<AgendaData.WindowData> windows) {
        if (windows == null) {
            throw new PodiumException.Invalid("body", "error.body.missing");
        }
        List<FieldError> errors = new ArrayList<>();
        List<TimeWindow> checked = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            AgendaData.WindowData window = windows.get(i);
            if (window == null) {
                errors.add(new FieldError("[" + i + "]", "error.agenda.window.missing"));
                continue;
            }
            LocalDateTime start = window.start == null ? null : conference.wallClock(window.start);
            LocalDateTime end = window.end == null ? null : conference.wallClock(window.end);
            int before = errors.size();
            check(start, "[" + i + "].start", end, "[" + i + "].end", errors);
            if (errors.size() == before) {
                checked.add(new TimeWindow(start, end));
            }
        }
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        return checked;
    }
}
