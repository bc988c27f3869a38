package de.podium.security.control;

import java.time.Duration;
import java.util.Locale;

/**
 * Someone asked for a new password of an existing account; the mail feature sends the link. An event, because
 * mail sits above security in the feature order. Fired inside the request's transaction: the mail is queued
 * exactly when the reset is stored.
 */
public record PasswordResetRequested(String email, String name, Locale language, String link, Duration validFor) {
}
