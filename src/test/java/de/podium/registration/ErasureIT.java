package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Circulars;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;
import de.podium.testsupport.TestMail;

/**
 * GDPR: an erased person leaves no trace in the database or the data directory, whatever they did before; their own
 * export shows everything held about them, including the personal agenda and the mail they got.
 */
class ErasureIT {

    static PodiumServer podium;
    static TestMail mail;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        mail = TestMail.get();
    }

    @Test
    void anErasedPersonIsInNeitherTheDatabaseDumpNorTheDataDirectory() throws Exception {
        String slug = RegistrationFixtures.conference(true, null, RegistrationFixtures.category("GUEST", null, false, false));
        String lastName = "Quendelbrück" + letters(8);
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(slug,
                RegistrationFixtures.person("GUEST", email, "Xaverine", lastName, null), "PENDING_CONFIRMATION");
        Answer confirmed = podium.post("/api/registrations/confirm",
                "{\"token\":\"" + RegistrationFixtures.column(id, "confirm_token") + "\"}").send();
        assertEquals("CONFIRMED", confirmed.json().getString("status"), confirmed::toString);

        Answer circular = Circulars.previewAndSend(slug, """
                {"segment":"STATUS:CONFIRMED","subjectDe":"Hinweise zur Anreise","bodyDe":"Guten Tag ${name}, bis bald."}
                """);
        assertEquals(201, circular.status(), circular::toString);
        List<MimeMessage> received = mail.awaitTo(email, 3, Duration.ofSeconds(60));
        assertEquals(3, received.size(), "confirm, confirmed, circular");
        String unsubscribe = received.stream().map(ErasureIT::listUnsubscribe).filter(h -> h != null).findFirst()
                .orElseThrow();
        assertEquals(200, podium.post(unsubscribe.substring(unsubscribe.indexOf("/mail/"), unsubscribe.length() - 1), "")
                .send().status());

        long job = badgeRun(slug);
        Path badges = Path.of(jobFile(job));
        assertTrue(Files.exists(badges), "the badge run wrote its file");
        Answer checkedIn = podium.post("/api/conferences/" + slug + "/checkins",
                "{\"code\":\"" + RegistrationFixtures.column(id, "checkin_code") + "\",\"outsideWindow\":true}")
                .asOrganizer().send();
        assertEquals(200, checkedIn.status(), checkedIn::toString);
        assertTrue(dump().contains(lastName), "the dump shows the person before erasure (the check can see them)");

        Answer erased = podium.post("/api/conferences/" + slug + "/registrations/" + id + "/erase", "").asOrganizer().send();
        assertEquals(200, erased.status(), erased::toString);

        String dump = dump().toLowerCase(Locale.ROOT);
        assertFalse(dump.contains(lastName.toLowerCase(Locale.ROOT)), "name in pg_dump");
        assertFalse(dump.contains(email.toLowerCase(Locale.ROOT)), "e-mail in pg_dump");
        assertFalse(Files.exists(badges), "the badge run with their name is deleted");
        List<Path> traces = filesContaining(dataDirectory(), lastName, email);
        assertEquals(List.of(), traces, "files in the data directory naming the person");
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM mail_opt_out o JOIN conference c "
                + "ON c.id = o.conference_id WHERE c.slug = ? AND o.email IS NULL", slug), "the opt-out stays, as a hash");
        assertEquals("CHECKED_IN", RegistrationFixtures.column(id, "status"), "counts stay");

        Answer again = podium.post("/api/conferences/" + slug + "/mailings/preview", """
                {"segment":"CHECKED_IN","subjectDe":"Noch ein Hinweis","bodyDe":"Guten Tag ${name}."}
                """).asOrganizer().send();
        assertEquals(422, again.status(), "the erased person is nobody's recipient any more: " + again);
        assertEquals("segment", again.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theExportHoldsThePersonalAgendaAndTheMailHistory() throws Exception {
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(PodiumServer.DEMO_SLUG, RegistrationFixtures.personInLanguage(email, "de"),
                status(PodiumServer.DEMO_SLUG));
        String token = RegistrationChecks.manageToken(id);
        long talk = RegistrationFixtures.count("SELECT t.id FROM talk t JOIN conference c ON c.id = t.conference_id "
                + "WHERE c.slug = ? AND t.title LIKE 'Masterplan%'", PodiumServer.DEMO_SLUG);
        assertEquals(200, podium.put("/api/registrations/self/" + token + "/agenda/" + talk, "").send().status());
        mail.awaitTo(email, 1, Duration.ofSeconds(30));

        JsonObject export = podium.get("/api/registrations/self/" + token + "/export").send().json();
        assertTrue(export.getJsonArray("personalAgenda").getJsonObject(0).getString("title").startsWith("Masterplan"),
                export::toString);
        JsonObject first = export.getJsonArray("mails").getJsonObject(0);
        assertTrue(first.getString("subject").contains("Integration"), export::toString);
        assertEquals("SENT", first.getString("status"), export::toString);

        try (var db = PodiumServer.connect(); var old = db.prepareStatement("UPDATE outbox_message "
                + "SET sent_at = sent_at - interval '31 days' WHERE recipient = ? AND status = 'SENT'")) {
            old.setString(1, email);
            assertTrue(old.executeUpdate() > 0);
        }
        for (int i = 0; i < 90 && RegistrationFixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? "
                + "AND status = 'SENT' AND purged_at IS NULL", email) > 0; i++) {
            Thread.sleep(1000);
        }
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? "
                + "AND (model <> '{}' OR purged_at IS NULL)", email), "sent mail bodies are purged after 30 days");
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM outbox_attachment a JOIN outbox_message m "
                + "ON m.id = a.message_id WHERE m.recipient = ?", email));
        JsonObject purged = podium.get("/api/registrations/self/" + token + "/export").send().json()
                .getJsonArray("mails").getJsonObject(0);
        assertTrue(purged.getBoolean("bodyPurged"), purged::toString);
        assertEquals("SENT", purged.getString("status"), "the history stays");
    }

    private static String status(String slug) {
        return podium.get("/api/conferences/" + slug).send().json().getBoolean("doubleOptIn")
                ? "PENDING_CONFIRMATION" : "CONFIRMED";
    }

    private static String listUnsubscribe(MimeMessage message) {
        try {
            String[] header = message.getHeader("List-Unsubscribe");
            return header == null ? null : header[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long badgeRun(String slug) throws Exception {
        String jobs = "/api/conferences/" + slug + "/documents/jobs";
        Answer started = podium.post(jobs, "{\"kind\":\"BADGES\",\"layout\":\"a6\"}").asOrganizer().send();
        assertTrue(started.status() == 201 || started.status() == 202, started::toString);
        long job = started.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 240 && RegistrationFixtures.count(
                "SELECT COUNT(*) FROM document_job WHERE id = ? AND status = 'DONE'", job) == 0; i++) {
            Thread.sleep(250);
        }
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM document_job WHERE id = ? AND status = 'DONE'", job));
        return job;
    }

    private static String jobFile(long job) throws Exception {
        try (var db = PodiumServer.connect();
             var q = db.prepareStatement("SELECT file_path FROM document_job WHERE id = ?")) {
            q.setLong(1, job);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String dump() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pg_dump", "-h", PodiumServer.prop("podium.it.db.host", "127.0.0.1"),
                "-p", PodiumServer.prop("podium.it.db.port", "5432"), "-U", PodiumServer.prop("podium.it.db.user", "postgres"),
                PodiumServer.prop("podium.it.db.name", "podium_it")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "pg_dump");
        return dump;
    }

    private static Path dataDirectory() {
        return Path.of(PodiumServer.prop("podium.it.jar", "target/podium.jar")).toAbsolutePath().getParent()
                .resolve("it-data");
    }

    private static List<Path> filesContaining(Path dir, String... needles) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                    return Stream.of(needles).anyMatch(n -> text.contains(n.toLowerCase(Locale.ROOT)));
                } catch (IOException e) {
                    return false;
                }
            }).toList();
        }
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
