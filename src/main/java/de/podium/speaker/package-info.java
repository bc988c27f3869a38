/**
 * Speakers and slides (uses everything below documents): speaker invitations, the speaker portal with profile, photo
 * and availability, slide uploads with versions, deadline, public download and the organizer's slides dashboard.
 */
package de.podium.speaker;
