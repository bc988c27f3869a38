/** Conference and press services, per-conference rights (ConferenceAccess), the conference calendar file. */
package de.podium.event.control;
