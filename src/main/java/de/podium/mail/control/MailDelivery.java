package de.podium.mail.control;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** Hands a composed mail to the SMTP server, or, in the embedded default, writes it as .eml into a folder. */
@ApplicationScoped
public class MailDelivery {

    @Inject
    MailSettings settings;

    public Session session() {
        Authenticator authenticator = settings.user().map(user -> new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, settings.password().orElse(""));
            }
        }).orElse(null);
        return Session.getInstance(MailComposer.smtpProperties(settings), authenticator);
    }

    public void deliver(MimeMessage mail, long outboxId) throws MessagingException, IOException {
        if (settings.writesToFolder()) {
            writeToFolder(mail, outboxId);
        } else {
            Transport.send(mail);
        }
    }

    /** Removes the .eml copy of an outbox message, if the folder transport wrote one. */
    public void discard(long outboxId) {
        try {
            Files.deleteIfExists(settings.folder().resolve(outboxId + ".eml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writeToFolder(MimeMessage mail, long outboxId) throws MessagingException, IOException {
        Path folder = settings.folder();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "outbox-", ".tmp");
        // buffered: the quoted-printable encoder writes a byte at a time, each one a system call otherwise
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 16 * 1024)) {
            mail.writeTo(out);
        }
        Files.move(temporary, folder.resolve(outboxId + ".eml"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
