package de.podium.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Circulars;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.RegistrationFixtures;
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
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "Klara",
                "Vorschau-Ößwald", null), "CONFIRMED");
        Answer preview = podium.post("/api/conferences/" + slug + "/mailings/preview",
                mailing("Folien").replace("SPEAKERS", "STATUS:CONFIRMED")).asOrganizer().send();
        assertEquals(200, preview.status(), preview::toString);
        assertTrue(preview.json().getString("text").contains("Klara Vorschau-Ößwald,"), preview::toString);
        assertEquals(1, preview.json().getInt("recipients"));
    }

    @Test
    void eachRecipientGetsOwnMailWithUnsubscribeAndOptOutIsHonoured() throws Exception {
        // a line break in a subject (header injection) is refused at the API's boundary (issue #16 item 2)
        Answer injected = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings",
                mailing("Folien für die Tagung\\r\\nBcc: alle@example.org")).asOrganizer().send();
        assertEquals(422, injected.status(), injected::toString);
        assertEquals("subjectDe", injected.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Answer sent = Circulars.previewAndSend(PodiumServer.DEMO_SLUG, mailing("Folien für die Tagung"));
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

        Answer second = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings/preview", mailing("Noch einmal"))
                .asOrganizer().send();
        assertEquals(422, second.status(), "the opted-out address is skipped, so nobody would get it: " + second);
        assertEquals("segment", second.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aCircularIsSentOnlyAsPreviewedAndOnlyOnce() {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "CONFIRMED");
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "CONFIRMED");
        String mailing = """
                {"segment":"STATUS:CONFIRMED","subjectDe":"Sitzordnung","bodyDe":"Guten Tag ${name},\\n\\nanbei die Sitzordnung."}
                """;
        Answer unconfirmed = podium.post("/api/conferences/" + slug + "/mailings", mailing).asOrganizer().send();
        assertEquals(422, unconfirmed.status(), unconfirmed::toString);
        assertEquals("confirmation", unconfirmed.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Answer preview = podium.post("/api/conferences/" + slug + "/mailings/preview", mailing).asOrganizer().send();
        assertEquals(200, preview.status(), preview::toString);
        int recipients = preview.json().getInt("recipients");
        assertEquals(2, recipients, preview::toString);
        assertTrue(preview.json().getString("sampleRecipient").contains("@"), preview::toString);
        String confirmation = preview.json().getString("confirmation");

        Answer changed = podium.post("/api/conferences/" + slug + "/mailings",
                Circulars.confirmed(mailing.replace("Sitzordnung\"", "Sitzordnung (neu)\""), confirmation)).asOrganizer().send();
        assertEquals(409, changed.status(), changed::toString);
        assertEquals("preview_outdated", changed.json().getString("error"));

        Answer sent = podium.post("/api/conferences/" + slug + "/mailings", Circulars.confirmed(mailing, confirmation))
                .asOrganizer().send();
        assertEquals(201, sent.status(), sent::toString);
        assertEquals(recipients, sent.json().getInt("recipients"), "as many as the preview said");
        Answer twice = podium.post("/api/conferences/" + slug + "/mailings", Circulars.confirmed(mailing, confirmation))
                .asOrganizer().send();
        assertEquals(409, twice.status(), twice::toString);
        assertEquals("already_sent", twice.json().getString("error"));

        long id = sent.json().getJsonNumber("id").longValue();
        JsonObject listed = podium.get("/api/conferences/" + slug + "/mailings").asOrganizer().send().jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
        assertEquals("STATUS:CONFIRMED", listed.getString("segment"));
        assertEquals(recipients, listed.getInt("recipients"));
    }

    @Test
    void onThePageTheCircularIsPreviewedThenSentOnceAndTheFormEmpties() {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "CONFIRMED");
        Browser organizer = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page form = organizer.get("/organizer/conferences/" + slug + "/mail");
        assertFalse(form.html().contains("mailing:send"), "no send button before the preview");
        assertTrue(form.html().contains("Noch keine Rundschreiben versendet"), form.html());
        // Browser does not read textarea contents: what the organizer typed is sent again with each button
        Map<String, String> typed = Map.of("mailing:segment", "STATUS:CONFIRMED", "mailing:subjectDe", "Anreise zur Tagung",
                "mailing:bodyDe", "Guten Tag ${name},\n\nbis bald.");
        Browser.Page preview = organizer.submit(form, "mailing", typed, "mailing:preview");
        assertTrue(preview.html().contains("Es erhalten 1 Personen"), preview.html());
        assertTrue(preview.html().contains("An 1 Empfänger senden"), preview.html());
        Browser.Page posted = organizer.submit(preview, "mailing", typed, "mailing:send");
        assertEquals(302, posted.status(), posted.html());
        Browser.Page sent = organizer.get(posted.location().substring(posted.location().indexOf("/organizer/")));
        assertTrue(sent.html().contains("steht im Postausgang"), sent.html());
        assertTrue(sent.html().contains("Versandstand"), "the delivery status of this circular: " + sent.html());
        assertTrue(sent.html().matches("(?s).*Zugestellt:\\s*[01] / 1.*"), "delivered of recipients, as numbers: " + sent.html());
        assertEquals("", sent.fields("mailing").getOrDefault("mailing:subjectDe", ""), "the form is empty again");
        assertTrue(sent.html().contains("Anreise zur Tagung"), "listed among the sent circulars: " + sent.html());

        // a second click on the page that showed the preview: its send button is gone from the view, nothing is sent
        Browser.Page again = organizer.submit(preview, "mailing", typed, "mailing:send");
        assertEquals(200, again.status(), again.html());
        assertFalse(again.html().contains("steht im Postausgang"), again.html());
        assertEquals(1, podium.get("/api/conferences/" + slug + "/mailings").asOrganizer().send().jsonArray().size());
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
