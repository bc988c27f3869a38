/**
 * The outbox (Outbox, MailRequest) and its sender (OutboxSender, OutboxClaims, MailDelivery), composing from
 * templates, bulk mail and its recipient segments.
 */
package de.podium.mail.control;
