/**
 * Conferences (uses platform, security): conferences with categories and tracks, press releases with their feed, the
 * per-conference rights of organizers (ConferenceAccess) and the conference's time zone
 * (Conference.wallClock/withOffset/iso).
 */
package de.podium.event;
