/**
 * Speakers and slides (uses everything below documents): speaker invitations, the speaker portal with profile, photo
 * and availability, slide uploads with versions, deadline, public download, the organizer's slides dashboard, and
 * the conference dashboard with its statistics API (ConferenceStatistics), which sits here because it counts slides
 * as well as registrations and mail.
 */
package de.podium.speaker;
