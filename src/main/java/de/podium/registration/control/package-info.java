/**
 * Transactional services: places and promotion, organizer decisions, invitations, exports, check-in, scheduled jobs
 * (expiry, retention), the registration mails and bulk-mail segments.
 */
package de.podium.registration.control;
