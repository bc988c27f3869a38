package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;
import de.podium.testsupport.TestMail;

/** Registration mails as the attendee receives them from the SMTP server, and nothing lost when SMTP is down. */
class RegistrationMailIT {

    static PodiumServer podium;
    static TestMail mail;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        mail = TestMail.get();
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() + "@example.org";
    }

    @Test
    void germanAttendeeConfirmsByMailAndGetsTheCalendarAndQrCode() throws Exception {
        String email = unique("anna");
        Answer registered = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/registrations", RegistrationFixtures.personInLanguage(email, "de")).send();
        assertEquals(201, registered.status(), registered::toString);
        assertEquals("PENDING_CONFIRMATION", registered.json().getString("status"));

        MimeMessage confirm = mail.awaitTo(email, 1, Duration.ofSeconds(30)).get(0);
        assertTrue(confirm.getSubject().startsWith("Bitte bestätigen Sie Ihre Anmeldung"), confirm.getSubject());
        String text = MailChecks.text(confirm);
        Matcher link = Pattern.compile(Pattern.quote(podium.baseUrl()) + "/registrations/confirm\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(link.find(), "absolute confirmation link in\n" + text);
        assertTrue(text.contains(podium.baseUrl() + "/registrations/self/"), "manage link");

        Answer confirmed = podium.post("/api/registrations/confirm", "{\"token\":\"" + link.group(1) + "\"}").send();
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("CONFIRMED", confirmed.json().getString("status"));

        MimeMessage welcome = mail.awaitTo(email, 2, Duration.ofSeconds(30)).get(1);
        assertTrue(welcome.getSubject().startsWith("Teilnahme bestätigt"), welcome.getSubject());
        Map<String, byte[]> attachments = MailChecks.attachments(welcome);
        byte[] ics = attachments.entrySet().stream().filter(e -> e.getKey().endsWith(".ics")).findFirst().orElseThrow().getValue();
        assertTrue(attachments.keySet().stream().anyMatch(n -> n.endsWith(".png")), attachments.keySet().toString());
        Path file = Path.of("target", "registration-confirmed.ics");
        Files.write(file, ics);
        MailChecks.assertValidCalendar(file);
    }

    @Test
    void everyOutcomeArrivesWithItsSubjectAndManageLink() throws Exception {
        String slug = "ausgaenge-" + System.nanoTime() % 1_000_000_000L;
        assertEquals(201, podium.post("/api/conferences", """
                {"slug":"%s","title":"Ausgänge","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00","capacity":10,
                 "doubleOptIn":false,"categories":[{"code":"GUEST","name":"Gast","capacity":1},
                 {"code":"PRESS","name":"Presse","capacity":5,"approvalRequired":true}],"tracks":[]}""".formatted(slug))
                .asOrganizer().send().status());
        String first = unique("erste");
        String second = unique("zweite");
        String press = unique("presse");
        String path = "/api/conferences/" + slug + "/registrations";
        assertEquals("CONFIRMED", podium.post(path, RegistrationFixtures.personInLanguage(first, "de").replace("INTEGRATION_OFFICER", "GUEST")).send()
                .json().getString("status"));
        assertEquals("WAITLISTED", podium.post(path, RegistrationFixtures.personInLanguage(second, "de").replace("INTEGRATION_OFFICER", "GUEST")).send()
                .json().getString("status"));
        Answer pending = podium.post(path, RegistrationFixtures.personInLanguage(press, "de").replace("INTEGRATION_OFFICER", "PRESS")).send();
        assertEquals("PENDING_APPROVAL", pending.json().getString("status"));

        MimeMessage confirmed = mail.awaitTo(first, 1, Duration.ofSeconds(30)).get(0);
        assertTrue(confirmed.getSubject().startsWith("Teilnahme bestätigt"), confirmed.getSubject());
        assertTrue(mail.awaitTo(second, 1, Duration.ofSeconds(30)).get(0).getSubject().startsWith("Warteliste"));
        assertTrue(mail.awaitTo(press, 1, Duration.ofSeconds(30)).get(0).getSubject().startsWith("Anmeldung eingegangen"));

        Matcher manage = Pattern.compile(Pattern.quote(podium.baseUrl()) + "/registrations/self/([A-Za-z0-9_-]+)")
                .matcher(MailChecks.text(confirmed));
        assertTrue(manage.find());
        assertEquals(200, podium.call("DELETE", "/api/registrations/self/" + manage.group(1)).send().status());
        List<MimeMessage> promoted = mail.awaitTo(second, 2, Duration.ofSeconds(30));
        assertTrue(promoted.get(1).getSubject().startsWith("Ein Platz ist frei geworden"), promoted.get(1).getSubject());
        assertTrue(MailChecks.attachments(promoted.get(1)).keySet().stream().anyMatch(n -> n.endsWith(".ics")), "promotion carries the calendar");

        long pressId = pending.json().getJsonNumber("id").longValue();
        assertEquals(200, podium.post(path + "/" + pressId + "/reject", "").asOrganizer().send().status());
        List<MimeMessage> rejected = mail.awaitTo(press, 2, Duration.ofSeconds(30));
        assertTrue(rejected.get(1).getSubject().startsWith("Ihre Anmeldung"), rejected.get(1).getSubject());
    }

    @Test
    void englishAttendeeGetsEnglishMail() throws Exception {
        String email = unique("john");
        assertEquals(201, podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/registrations", RegistrationFixtures.personInLanguage(email, "en"))
                .send().status());
        MimeMessage confirm = mail.awaitTo(email, 1, Duration.ofSeconds(30)).get(0);
        assertTrue(confirm.getSubject().startsWith("Please confirm your registration"), confirm.getSubject());
        assertEquals("en", confirm.getHeader("Content-Language")[0]);
    }

    @Test
    void mailsQueuedWhileSmtpIsDownArriveOnceWhenItReturns() throws Exception {
        String slug = "smtp-ausfall-" + System.nanoTime() % 1_000_000_000L;
        Answer created = podium.post("/api/conferences", """
                {"slug":"%s","title":"SMTP-Ausfall","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00","capacity":200,
                 "doubleOptIn":false,"categories":[{"code":"INTEGRATION_OFFICER","name":"Integration","capacity":200}],
                 "tracks":[]}""".formatted(slug)).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);

        mail.stop();
        List<String> recipients = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                String email = unique("ausfall" + i + "-");
                Answer answer = podium.post("/api/conferences/" + slug + "/registrations", RegistrationFixtures.personInLanguage(email, "de")).send();
                assertEquals(201, answer.status(), "registration works while SMTP is down: " + answer);
                recipients.add(email);
            }
            awaitFailedAttempts(recipients.get(0));
        } finally {
            mail.start();
        }

        Map<String, Long> received = Map.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            received = mail.all().stream().map(RegistrationMailIT::firstRecipient).filter(recipients::contains)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            if (received.size() == recipients.size()) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(3000);
        received = mail.all().stream().map(RegistrationMailIT::firstRecipient).filter(recipients::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(100, received.size(), "every confirmation arrived");
        assertTrue(received.values().stream().allMatch(count -> count == 1), "none twice: " + received);
    }

    private static void awaitFailedAttempts(String recipient) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Connection db = PodiumServer.connect(); Statement q = db.createStatement();
                 ResultSet rs = q.executeQuery("SELECT attempts, status, last_error FROM outbox_message WHERE recipient = '"
                         + recipient + "'")) {
                if (rs.next() && rs.getInt(1) >= 1 && "QUEUED".equals(rs.getString(2)) && rs.getString(3) != null) {
                    return;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the sender never tried while SMTP was down");
    }

    private static String firstRecipient(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress().toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
