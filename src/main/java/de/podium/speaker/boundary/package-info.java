/** Slide uploads of speakers and organizers. */
package de.podium.speaker.boundary;
