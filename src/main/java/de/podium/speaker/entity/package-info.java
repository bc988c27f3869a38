/** Speakers with their protocol data. */
package de.podium.speaker.entity;
