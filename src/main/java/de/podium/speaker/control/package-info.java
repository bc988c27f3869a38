/**
 * Invitations, profiles and photos, slide files and versions, deadlines, the slides dashboard with reminders, who
 * may touch a talk (TalkAccess), bulk-mail segments of speakers, a conference's key figures
 * (ConferenceStatistics).
 */
package de.podium.speaker.control;
