/** Conference (with its time-zone helpers), category, track, press release, colour. */
package de.podium.event.entity;
