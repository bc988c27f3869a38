package de.podium.agenda.control.solver;

import java.time.LocalDate;

/** What every talk of one plan shares: the conference days and the largest room (for keynotes). */
public record PlanContext(LocalDate firstDay, LocalDate lastDay, long largestRoomId) {
}
