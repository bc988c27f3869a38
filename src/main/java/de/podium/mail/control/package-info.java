/** The transactional outbox and its contracts for features. */
package de.podium.mail.control;
