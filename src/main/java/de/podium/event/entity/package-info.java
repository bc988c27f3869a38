/** Conference, category, track and press release. */
package de.podium.event.entity;
