/**
 * The organizer API for rooms, talks, slots, availability, closed times, conflicts, automatic scheduling and
 * publishing; the schedule editor's beans; public agenda and talk pages; exports and the personal agenda API.
 */
package de.podium.agenda.boundary;
