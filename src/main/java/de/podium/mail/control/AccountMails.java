package de.podium.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import de.podium.security.control.PasswordResetRequested;

/** Mails about a person's account rather than a conference: the password reset link. */
@ApplicationScoped
public class AccountMails {

    @Inject
    Outbox outbox;

    void passwordReset(@Observes PasswordResetRequested reset) {
        outbox.queue(MailRequest.of("security.passwordReset", reset.email(), reset.name(), reset.language())
                .with("name", reset.name())
                .with("link", reset.link())
                .with("minutes", Long.toString(reset.validFor().toMinutes())));
    }
}
