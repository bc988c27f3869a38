package de.podium.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

import org.junit.jupiter.api.Test;

class MailFailuresTest {

    /** Shaped like Angus Mail's SMTPSendFailedException: the reply code is read by reflection. */
    public static class SmtpRefusal extends MessagingException {
        private final int code;

        SmtpRefusal(int code) {
            super(code + " refused");
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    @Test
    void serverDownIsTemporary() {
        assertFalse(MailFailures.isPermanent(new MessagingException("connect", new ConnectException("refused"))));
    }

    @Test
    void replyCodesDecide() {
        assertTrue(MailFailures.isPermanent(new SmtpRefusal(550)));
        assertFalse(MailFailures.isPermanent(new SmtpRefusal(451)));
    }

    @Test
    void invalidAddressIsPermanent() {
        assertTrue(MailFailures.isPermanent(new MessagingException("x", new AddressException("bad"))));
    }
}
