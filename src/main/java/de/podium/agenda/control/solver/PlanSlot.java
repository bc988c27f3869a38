package de.podium.agenda.control.solver;

import java.time.LocalDateTime;

/**
 * A room at a start time: one planning value rather than two variables, so that a single move can take a talk
 * to any free place (with separate room and time variables the search gets stuck between two half-moves).
 */
public record PlanSlot(PlanRoom room, LocalDateTime start) {

    @Override
    public String toString() {
        return room + " " + start;
    }
}
