/** Public programme and the organizer API for rooms, talks, slots, availability and publishing. */
package de.podium.agenda.boundary;
