/**
 * Rooms, talks, speakers with their availability, room closed times (all times as TimeWindow, wall-clock in the
 * conference's zone), published versions and personal agenda entries.
 */
package de.podium.agenda.entity;
