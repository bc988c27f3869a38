/**
 * Security (uses platform): accounts, roles, sign-in by form and HTTP Basic, the sign-in throttle and the production
 * check for default passwords. Per-conference rights live in the event feature (ConferenceAccess), because they need
 * the conference.
 */
package de.podium.security;
