package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;
import de.podium.testsupport.TestMail;

/**
 * Registration mail is rendered when the outbox sends it, not in the request (issue #17): the outbox row holds a
 * reference, the mail shows the registration as it is when it goes out, a mail that cannot be rendered fails with
 * its reason in words, and an erased registration's queued mail is never rendered.
 */
class RegistrationMailRenderingIT {

    static PodiumServer podium;
    static TestMail mail;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        mail = TestMail.get();
    }

    @Test
    void theConfirmationShowsTheNameCorrectedWhileItWaitedForTheMailServer() throws Exception {
        String slug = conference("rendern");
        String email = RegistrationFixtures.email();
        mail.stop();
        long id;
        try {
            id = register(slug, email);
            try (Connection db = PodiumServer.connect();
                 PreparedStatement q = db.prepareStatement("SELECT m.model, m.about_type, m.about_id, "
                         + "(SELECT COUNT(*) FROM outbox_attachment a WHERE a.message_id = m.id) "
                         + "FROM outbox_message m WHERE m.recipient = ?")) {
                q.setString(1, email);
                try (ResultSet row = q.executeQuery()) {
                    assertTrue(row.next(), "the confirmation is queued");
                    assertFalse(row.getString(1).contains("Müller"), "no rendered values in the queue: " + row.getString(1));
                    assertEquals("registration", row.getString(2));
                    assertEquals(id, row.getLong(3));
                    assertEquals(0, row.getLong(4), "calendar and QR code are not stored with the queued mail");
                }
            }
            Answer corrected = podium.put("/api/registrations/self/" + RegistrationChecks.manageToken(id), """
                    {"title":"Dr.","firstName":"Anna","lastName":"Meyer-Lüdenscheidt","office":"Integrationsbeauftragte",
                     "organisation":"Landkreis Kassel","locale":"de"}""").send();
            assertEquals(200, corrected.status(), corrected::toString);
            // a send attempt claimed before the correction may have rendered the old name: wait for one claimed
            // after it to fail against the stopped server, so the mail that arrives was rendered after the change
            awaitFailedAttemptAfter(email, attempts(email));
        } finally {
            mail.start();
        }

        MimeMessage confirmed = mail.awaitTo(email, 1, Duration.ofSeconds(60)).get(0);
        assertTrue(confirmed.getSubject().startsWith("Teilnahme bestätigt"), confirmed.getSubject());
        String text = MailChecks.text(confirmed);
        assertTrue(text.contains("Guten Tag Dr. Anna Meyer-Lüdenscheidt"), text);
        assertFalse(text.contains("Müller"), text);
        assertEquals("Dr. Anna Meyer-Lüdenscheidt", ((InternetAddress) confirmed.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal());
        Map<String, byte[]> attachments = MailChecks.attachments(confirmed);
        assertEquals(Set.of(slug + ".ics", "qr-code.png"), attachments.keySet());
        Path calendar = Path.of("target", "rendered-at-send.ics");
        Files.write(calendar, attachments.get(slug + ".ics"));
        MailChecks.assertValidCalendar(calendar);
        assertEquals(RegistrationFixtures.column(id, "checkin_code"), SelfServiceApiIT.decodeQr(attachments.get("qr-code.png")),
                "the QR code carries the registration's check-in code");
    }

    @Test
    void aQueuedMailWhoseRegistrationIsGoneFailsWithItsReasonInWordsAndIsNotSent() throws Exception {
        String slug = conference("verschwunden");
        String email = RegistrationFixtures.email();
        mail.stop();
        try {
            long id = register(slug, email);
            try (Connection db = PodiumServer.connect();
                 PreparedStatement delete = db.prepareStatement("DELETE FROM registration WHERE id = ?")) {
                delete.setLong(1, id);
                assertEquals(1, delete.executeUpdate());
            }
            JsonObject failed = awaitFailed(slug, email, "de");
            assertEquals("GONE", failed.getString("failureReason"));
            assertTrue(failed.getString("failure").startsWith("Nicht gesendet: Die Anmeldung, um die es geht, gibt es nicht mehr"),
                    failed::toString);
            assertEquals("Not sent: the registration it is about no longer exists or no longer needs this message.",
                    awaitFailed(slug, email, "en").getString("failure"));

            Browser organizer = Browser.signedIn(PodiumServer.ORGANIZER);
            Browser.Page page = organizer.get("/organizer/conferences/" + slug + "/outbox?status=FAILED");
            assertEquals(200, page.status());
            assertTrue(page.html().contains("Nicht gesendet: Die Anmeldung, um die es geht, gibt es nicht mehr"), page.html());
        } finally {
            mail.start();
        }
        Thread.sleep(3000);
        assertTrue(mail.to(email).isEmpty(), "nothing went out");
    }

    @Test
    void anErasedRegistrationsQueuedMailIsDeletedAndNeverSent() throws Exception {
        String slug = conference("geloescht");
        String email = RegistrationFixtures.email();
        mail.stop();
        try {
            long id = register(slug, email);
            Answer erased = podium.post("/api/conferences/" + slug + "/registrations/" + id + "/erase", "").asOrganizer().send();
            assertEquals(200, erased.status(), erased::toString);
            assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM outbox_message WHERE LOWER(recipient) = LOWER(?)", email));
        } finally {
            mail.start();
        }
        Thread.sleep(3000);
        assertTrue(mail.to(email).isEmpty(), "nothing about the erased person went out");
    }

    private static int attempts(String email) throws Exception {
        return (int) RegistrationFixtures.count("SELECT attempts FROM outbox_message WHERE recipient = ?", email);
    }

    private static void awaitFailedAttemptAfter(String email, int attemptsBefore) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (RegistrationFixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND status = 'QUEUED' "
                    + "AND attempts > ? AND last_error IS NOT NULL", email, attemptsBefore) == 1) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no send attempt after the correction");
    }

    private static long register(String slug, String email) {
        Answer registered = podium.post("/api/conferences/" + slug + "/registrations",
                RegistrationFixtures.personInLanguage(email, "de")).send();
        assertEquals(201, registered.status(), registered::toString);
        assertEquals("CONFIRMED", registered.json().getString("status"));
        return registered.json().getJsonNumber("id").longValue();
    }

    private static JsonObject awaitFailed(String slug, String email, String language) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Answer outbox = podium.get("/api/conferences/" + slug + "/outbox?status=failed").asOrganizer()
                    .language(language).send();
            assertEquals(200, outbox.status(), outbox::toString);
            for (JsonObject message : outbox.jsonArray().getValuesAs(JsonObject.class)) {
                if (email.equalsIgnoreCase(message.getString("recipient"))) {
                    return message;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the mail to " + email + " never failed");
    }

    private static String conference(String prefix) {
        String slug = prefix + "-" + System.nanoTime() % 1_000_000_000L;
        Answer created = podium.post("/api/conferences", """
                {"slug":"%s","title":"Zur Sendezeit","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00",
                 "doubleOptIn":false,"categories":[{"code":"INTEGRATION_OFFICER","name":"Integration","capacity":20}],
                 "tracks":[]}""".formatted(slug)).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        return slug;
    }
}
