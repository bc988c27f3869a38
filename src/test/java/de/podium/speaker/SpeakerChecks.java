package de.podium.speaker;

import jakarta.mail.internet.MimeMessage;

/** Helpers shared by the speaker portal and invitation tests. */
final class SpeakerChecks {

    private SpeakerChecks() {
    }

    static String unique(String name) {
        return name + "-" + System.nanoTime() + "@kreis.example";
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
