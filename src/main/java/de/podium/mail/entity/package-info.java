/** Queued mails and their attachments. */
package de.podium.mail.entity;
