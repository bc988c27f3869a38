/** Organizer pages and API for the outbox and bulk mail; the unsubscribe link. */
package de.podium.mail.boundary;
