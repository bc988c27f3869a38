/** Transactional services: placing and promoting, organizer decisions, invitations, exports, scheduled jobs, mails. */
package de.podium.registration.control;
