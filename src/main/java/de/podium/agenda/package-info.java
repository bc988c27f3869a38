/**
 * Agenda (uses platform, security, event, mail, registration): rooms, talks and their speakers with availability,
 * room closed times, conflicts, the schedule editor, automatic scheduling, publishing, exports, the public programme
 * and the attendees' personal agenda.
 */
package de.podium.agenda;
