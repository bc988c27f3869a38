/** Queued mails, their attachments and opt-outs. */
package de.podium.mail.entity;
