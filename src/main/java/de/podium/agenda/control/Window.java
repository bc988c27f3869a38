package de.podium.agenda.control;

import java.time.LocalDateTime;

/** A span of wall-clock time in the conference's zone: a speaker's availability or a room's closed time. */
public record Window(LocalDateTime start, LocalDateTime end) {
}
