/** Conferences, categories, tracks, press releases and the demo conference. */
package de.podium.event.control;
