/**
 * Mail (uses platform, security, event): the transactional outbox every feature queues into, its sender, templates,
 * bulk mail with segments that features contribute (RecipientSegments) and opt-outs.
 */
package de.podium.mail;
