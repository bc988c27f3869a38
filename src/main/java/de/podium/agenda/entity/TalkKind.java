package de.podium.agenda.entity;

/** What kind of programme item a talk is; keynotes and openings matter for scheduling and protocol. */
public enum TalkKind {
    OPENING, KEYNOTE, TALK, PANEL, BREAK
}
