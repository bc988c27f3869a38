/** Speakers: bulk-mail audience of a conference. */
package de.podium.speaker.control;
