package de.podium.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.TestMail;

class BulkMailIT {

    static PodiumServer podium;
    static TestMail mail;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        mail = TestMail.get();
    }

    private static String mailing(String subject) {
        return """
                {"segment":"SPEAKERS","subjectDe":"%s","bodyDe":"Sehr geehrte/r ${name},\\n\\nbitte laden Sie Ihre Folien hoch.",
                 "subjectEn":"Slides","bodyEn":"Dear ${name}, please upload your slides."}
                """.formatted(subject);
    }

    @Test
    void segmentsAreOfferedWithTheirSize() {
        Answer segments = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings/segments").asOrganizer().send();
        assertEquals(200, segments.status(), segments::toString);
        JsonObject speakers = segments.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals("SPEAKERS")).findFirst().orElseThrow();
        assertEquals("Referentinnen und Referenten", speakers.getString("label"));
        assertEquals(1, speakers.getInt("recipients"), "only Landrat Reuß has an e-mail address in the demo");
    }

    @Test
    void previewUsesARealRecipient() {
        Answer preview = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings/preview", mailing("Folien"))
                .asOrganizer().send();
        assertEquals(200, preview.status(), preview::toString);
        assertTrue(preview.json().getString("text").contains("Sehr geehrte/r Stefan Reuß"), preview::toString);
    }

    @Test
    void eachRecipientGetsOwnMailWithUnsubscribeAndOptOutIsHonoured() throws Exception {
        // a line break in a subject (header injection) is refused at the API's boundary (issue #16 item 2)
        Answer injected = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings",
                mailing("Folien für die Tagung\\r\\nBcc: alle@example.org")).asOrganizer().send();
        assertEquals(422, injected.status(), injected::toString);
        assertEquals("subjectDe", injected.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Answer sent = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings",
                mailing("Folien für die Tagung")).asOrganizer().send();
        assertEquals(201, sent.status(), sent::toString);
        assertEquals(1, sent.json().getInt("recipients"));

        MimeMessage message = mail.awaitTo(PodiumServer.SPEAKER, this::isCircular, Duration.ofSeconds(30)).stream()
                .findFirst().orElseThrow();
        assertEquals("Folien für die Tagung", message.getSubject());
        assertEquals(null, message.getHeader("Bcc"));
        assertEquals(1, message.getAllRecipients().length, "no CC lists");
        String unsubscribe = message.getHeader("List-Unsubscribe")[0];
        assertTrue(unsubscribe.startsWith("<" + podium.baseUrl() + "/mail/unsubscribe?token="), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post")[0]);
        Multipart alternatives = (Multipart) message.getContent();
        assertEquals(2, alternatives.getCount(), "text and HTML");
        String sender = ((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).getPersonal();
        assertTrue(sender.contains("Integration von Flüchtlingen") && sender.contains("Deutscher Landkreistag"), sender);
        assertEquals("organizer@podium.example",
                ((jakarta.mail.internet.InternetAddress) message.getReplyTo()[0]).getAddress());

        JsonObject progress = podium.get(sent.header("Location").substring(sent.header("Location").indexOf("/api"))).asOrganizer()
                .send().json();
        assertEquals(1, progress.getInt("recipients"));

        String path = unsubscribe.substring(unsubscribe.indexOf("/mail/"), unsubscribe.length() - 1);
        assertEquals(200, podium.get(path).send().status());
        Answer done = podium.post(path, "").send();
        assertEquals(200, done.status(), done::toString);
        assertTrue(done.body().contains("keine Rundschreiben"), done::toString);

        Answer second = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings", mailing("Noch einmal"))
                .asOrganizer().send();
        assertEquals(0, second.json().getInt("recipients"), "opted-out address is skipped");
    }

    @Test
    void onlyOrganizersSendCirculars() {
        assertEquals(401, podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings", mailing("x")).send().status());
        assertEquals(403, podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings", mailing("x"))
                .asSpeaker().send().status());
        Answer invalid = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings",
                "{\"segment\":\"NOPE\",\"subjectDe\":\"a\",\"bodyDe\":\"b\"}").asOrganizer().send();
        assertEquals(422, invalid.status());
        assertEquals("segment", invalid.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void outboxListsSentMailAndRefusesToResendWhatDidNotFail() {
        Answer outbox = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/outbox?status=sent").asOrganizer().send();
        assertEquals(200, outbox.status(), outbox::toString);
        Answer unknownStatus = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/outbox?status=lost").asOrganizer().send();
        assertEquals(422, unknownStatus.status());
        if (!outbox.jsonArray().isEmpty()) {
            long id = outbox.jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
            assertNotNull(outbox.jsonArray().getJsonObject(0).getString("messageId"));
            assertEquals(409, podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/outbox/" + id + "/resend", "")
                    .asOrganizer().send().status());
        }
    }

    private boolean isCircular(MimeMessage message) {
        try {
            return message.getHeader("List-Unsubscribe") != null;
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
