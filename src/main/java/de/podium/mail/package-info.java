/**
 * Mail (uses platform, security, event): the transactional outbox every feature queues into, its sender, templates,
 * bulk mail with segments that features contribute (RecipientSegments) and opt-outs. Features whose mail is rendered
 * when sent, from what it is about, contribute a MailContentSource.
 */
package de.podium.mail;
