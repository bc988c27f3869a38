package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading received mails in integration tests: text, attachments, calendar files. */
public final class MailChecks {

    private MailChecks() {
    }

    /** Strict ical4j parse and RFC 5545 validation in process; the shared check-ical script as well where it exists. */
    public static void assertValidCalendar(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(in);
            net.fortuna.ical4j.validate.ValidationResult result = calendar.validate();
            assertTrue(!result.hasErrors(), result.toString());
        }
        Path validator = Path.of(System.getProperty("podium.validators", "../shared/validators"), "check-ical");
        if (!Files.exists(validator)) {
            return;
        }
        Process check = new ProcessBuilder("bash", validator.toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertTrue(check.waitFor(300, TimeUnit.SECONDS), "check-ical did not finish");
        assertEquals(0, check.exitValue(), output);
    }

    public static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    public static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
        Map<String, byte[]> files = new java.util.HashMap<>();
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (part.getFileName() != null) {
                try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    in.transferTo(out);
                    files.put(part.getFileName(), out.toByteArray());
                }
            }
        }
        return files;
    }
}
