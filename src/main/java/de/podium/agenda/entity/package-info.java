/** Rooms and talks of a conference programme. */
package de.podium.agenda.entity;
