package de.podium.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
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
 * Organizers word the mails of their conference themselves, per kind and language, with {{placeholders}} filled
 * when the mail is sent (issue #20 item 5); without their own text the default goes out, and it names date, time,
 * venue and the calendar link.
 */
class MailTextsIT {

    private static final String CONFIRMED_DE = "/mail-texts/registration.confirmed/de";

    static PodiumServer podium;
    static TestMail mail;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        mail = TestMail.get();
    }

    @Test
    void anEditedConfirmationArrivesWithItsPlaceholdersFilledAndTheHostileNameEscaped() throws Exception {
        String slug = conference("eigentext");
        Answer saved = podium.put(api(slug) + CONFIRMED_DE, text(
                "Willkommen bei {{conference}}",
                "{{salutationLine}}\n\nwir sehen uns am {{date}} um {{time}} in {{venue}}.\nKalender: {{calendarUrl}}"))
                .asOrganizer().send();
        assertEquals(200, saved.status(), saved::toString);
        assertTrue(saved.json().getBoolean("custom"), saved::toString);

        String email = RegistrationFixtures.email();
        register(slug, email, "<script>alert(1)</script>");
        MimeMessage confirmed = mail.awaitTo(email, 1, Duration.ofSeconds(60)).get(0);

        assertEquals("Willkommen bei Eigene Texte 2027", confirmed.getSubject());
        String text = MailChecks.text(confirmed).replace("\r\n", "\n");
        assertTrue(text.startsWith("Sehr geehrte Frau <script>alert(1)</script>,\n\n"
                + "wir sehen uns am 10.05.2027 um 09:00 Uhr – 17:00 Uhr in Kreishaus Kassel, Wilhelmshöher Allee 19.\n"
                + "Kalender: http"), text);
        assertFalse(text.contains("{{"), text);
        assertTrue(text.contains("Impressum"), "the footer stays: " + text);
        String calendar = text.substring(text.indexOf("Kalender: ") + 10, text.indexOf('\n', text.indexOf("Kalender: ")));
        assertTrue(calendar.endsWith("/conference.ics"), calendar);
        Answer ics = podium.get(calendar.substring(calendar.indexOf("/api/registrations/self/"))).send();
        assertEquals(200, ics.status(), "the calendar link works: " + calendar);
        assertTrue(ics.body().contains("BEGIN:VCALENDAR"), ics::toString);

        String html = html(confirmed);
        assertTrue(html.contains("Sehr geehrte Frau &lt;script&gt;alert(1)&lt;/script&gt;,"), html);
        assertFalse(html.contains("<script>"), html);
        assertEquals(2, MailChecks.attachments(confirmed).size(), "calendar and QR code still attached");
    }

    @Test
    void backToTheDefaultTheNextConfirmationNamesDateTimeVenueAndCalendar() throws Exception {
        String slug = conference("standard");
        assertEquals(200, podium.put(api(slug) + CONFIRMED_DE, text("Eigener Betreff {{conference}}", "Eigener Text"))
                .asOrganizer().send().status());
        Answer reset = podium.call("DELETE", api(slug) + CONFIRMED_DE).asOrganizer().send();
        assertEquals(200, reset.status(), reset::toString);
        assertFalse(reset.json().getBoolean("custom"));

        Answer effective = podium.get(api(slug) + CONFIRMED_DE).asOrganizer().send();
        assertEquals(200, effective.status(), effective::toString);
        assertFalse(effective.json().getBoolean("custom"));
        assertEquals("Teilnahme bestätigt: {{conference}}", effective.json().getString("subject"));
        assertTrue(effective.json().getString("body").contains("{{date}}"), effective::toString);

        String email = RegistrationFixtures.email();
        register(slug, email, "Albers");
        MimeMessage confirmed = mail.awaitTo(email, 1, Duration.ofSeconds(60)).get(0);
        assertEquals("Teilnahme bestätigt: Eigene Texte 2027", confirmed.getSubject());
        String text = MailChecks.text(confirmed);
        assertTrue(text.startsWith("Sehr geehrte Frau Albers,"), text);
        assertTrue(text.contains("Termin: 10.05.2027, 09:00 Uhr – 17:00 Uhr"), text);
        assertTrue(text.contains("Ort: Kreishaus Kassel, Wilhelmshöher Allee 19"), text);
        assertTrue(text.contains("/conference.ics"), text);
        assertFalse(text.contains("Eigener Text"), text);
    }

    @Test
    void unknownPlaceholdersEmptyTextsAndSubjectsOverSeveralLinesAreRefusedNamingTheField() throws Exception {
        String slug = conference("falsch");
        Answer unknown = podium.put(api(slug) + CONFIRMED_DE, text("Hallo", "Ihr {{passwort}} bitte")).asOrganizer().send();
        assertEquals(422, unknown.status(), unknown::toString);
        assertTrue(unknown.body().contains("\"body\"") && unknown.body().contains("{{passwort}}"), unknown::toString);

        Answer inSubject = podium.put(api(slug) + CONFIRMED_DE, text("Hallo {{wer}}", "Text")).asOrganizer().send();
        assertEquals(422, inSubject.status(), inSubject::toString);
        assertTrue(inSubject.body().contains("\"subject\"") && inSubject.body().contains("{{wer}}"), inSubject::toString);

        Answer twoLines = podium.put(api(slug) + CONFIRMED_DE, text("Hallo\nBcc: x@example.org", "Text")).asOrganizer().send();
        assertEquals(422, twoLines.status(), twoLines::toString);
        assertTrue(twoLines.body().contains("\"subject\""), twoLines::toString);

        Answer empty = podium.put(api(slug) + CONFIRMED_DE, text("Hallo", " ")).asOrganizer().send();
        assertEquals(422, empty.status(), empty::toString);
        assertTrue(empty.body().contains("\"body\""), empty::toString);

        Answer stillDefault = podium.get(api(slug) + CONFIRMED_DE).asOrganizer().send();
        assertFalse(stillDefault.json().getBoolean("custom"), "nothing was stored: " + stillDefault);

        assertEquals(404, podium.get(api(slug) + "/mail-texts/security.passwordReset/de").asOrganizer().send().status());
        assertEquals(404, podium.get(api(slug) + "/mail-texts/registration.confirmed/fr").asOrganizer().send().status());
    }

    @Test
    void onlyTheConferencesOrganizersReadOrChangeItsTexts() {
        String slug = conference("fremd");
        assertEquals(403, podium.get(api(slug) + CONFIRMED_DE).asSpeaker().send().status());
        Answer put = podium.put(api(slug) + CONFIRMED_DE, text("Gekapert", "Gekapert")).asSpeaker().send();
        assertEquals(403, put.status(), put::toString);
        assertEquals(403, podium.call("DELETE", api(slug) + CONFIRMED_DE).asSpeaker().send().status());
        assertEquals(403, podium.post(api(slug) + CONFIRMED_DE + "/test", text("a", "b")).asSpeaker().send().status());
        assertEquals(401, podium.get(api(slug) + CONFIRMED_DE).send().status());
        assertFalse(podium.get(api(slug) + CONFIRMED_DE).asOrganizer().send().json().getBoolean("custom"));
    }

    @Test
    void thePlaceholdersAreListedWithDescriptionsInTheRequestsLanguage() {
        Answer german = podium.get("/api/mail-texts/placeholders").language("de").send();
        assertEquals(200, german.status(), german::toString);
        JsonObject venue = german.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals("venue")).findFirst().orElseThrow();
        assertEquals("Veranstaltungsort", venue.getString("description"));
        assertTrue(venue.getJsonArray("kinds").toString().contains("registration.confirmed"), venue::toString);
        for (String name : new String[]{"salutationLine", "firstName", "lastName", "name", "conference", "date", "time",
                "manageUrl", "confirmUrl", "calendarUrl"}) {
            assertTrue(german.body().contains("\"name\":\"" + name + "\""), name + " is listed: " + german.body());
        }
        Answer english = podium.get("/api/mail-texts/placeholders").language("en").send();
        assertTrue(english.body().contains("\"description\":\"venue\""), english::toString);
    }

    @Test
    void thePreviewFillsTheTextWithARealRegistrationAndTheTestMailReachesTheOrganizer() throws Exception {
        String slug = conference("vorschau");
        register(slug, RegistrationFixtures.email(), "Vorschau-Albers");
        Answer preview = podium.post(api(slug) + CONFIRMED_DE + "/preview",
                text("Für {{name}}", "{{salutationLine}} am {{date}} in {{venue}}")).asOrganizer().send();
        assertEquals(200, preview.status(), preview::toString);
        assertEquals("Für Heike Vorschau-Albers", preview.json().getString("subject"));
        assertTrue(preview.json().getString("text").startsWith(
                "Sehr geehrte Frau Vorschau-Albers, am 10.05.2027 in Kreishaus Kassel"), preview::toString);
        assertTrue(preview.json().getString("html").contains("Vorschau-Albers"), preview::toString);
        assertEquals("Heike Vorschau-Albers", preview.json().getString("recipient"));

        String subject = "Probe " + slug;
        Answer test = podium.post(api(slug) + CONFIRMED_DE + "/test", text(subject + " {{conference}}", "Am {{date}}."))
                .asOrganizer().send();
        assertEquals(202, test.status(), test::toString);
        MimeMessage arrived = mail.awaitTo(PodiumServer.ORGANIZER,
                m -> subjectOf(m).contains(subject), Duration.ofSeconds(60)).get(0);
        assertEquals("Testmail: " + subject + " Eigene Texte 2027", arrived.getSubject());
        assertTrue(MailChecks.text(arrived).startsWith("Am 10.05.2027."), MailChecks.text(arrived));
    }

    @Test
    void onThePageTheOrganizerPreviewsSavesWithErrorsNextToTheFieldAndResetsAfterBeingAskedOnceMore() {
        String slug = conference("seite");
        register(slug, RegistrationFixtures.email(), "Seiten-Albers");
        String path = "/organizer/conferences/" + slug + "/mail-texts?kind=registration.confirmed&language=de";
        assertEquals(403, Browser.signedIn(PodiumServer.SPEAKER).get(path).status());

        Browser organizer = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page page = organizer.get(path);
        assertEquals(200, page.status(), page.html());
        assertTrue(page.html().contains("Teilnahme bestätigt · Deutsch"), "the kind in words: " + page.html());
        assertTrue(page.html().contains("Es gilt der Standardtext."), page.html());
        assertTrue(page.html().contains("{{venue}}") && page.html().contains("Veranstaltungsort"), page.html());

        Browser.Page refused = organizer.submit(page, "mailText", Map.of("mailText:subject", "Seite {{conference}}",
                "mailText:body", "{{salutationLine}} {{passwort}}"), "mailText:save");
        assertEquals(200, refused.status());
        assertTrue(refused.html().contains("Den Platzhalter {{passwort}} gibt es für diese E-Mail nicht."), refused.html());
        assertTrue(refused.html().contains("id=\"mailText:body-error\""), "the error sits at the text field: " + refused.html());
        assertFalse(custom(slug), "nothing stored");

        Browser.Page previewed = organizer.submit(refused, "mailText", Map.of("mailText:subject", "Seite {{conference}}",
                "mailText:body", "{{salutationLine}} bis {{date}}"), "mailText:preview");
        assertTrue(previewed.html().contains("Vorschau mit den Angaben von Heike Seiten-Albers"), previewed.html());
        assertTrue(previewed.html().contains("Sehr geehrte Frau Seiten-Albers, bis 10.05.2027"), previewed.html());
        assertFalse(custom(slug), "a preview stores nothing");

        Browser.Page saved = organizer.submit(previewed, "mailText", Map.of("mailText:subject", "Seite {{conference}}",
                "mailText:body", "{{salutationLine}} bis {{date}}"), "mailText:save");
        assertTrue(saved.html().contains("Der Text ist gespeichert."), saved.html());
        assertTrue(custom(slug));

        Browser.Page asked = organizer.submit(saved, "mailText", Map.of("mailText:body", "{{salutationLine}} bis {{date}}"),
                "mailText:reset");
        assertTrue(asked.html().contains("Wirklich auf den Standardtext zurücksetzen?"), asked.html());
        assertTrue(custom(slug), "asking deletes nothing");
        Browser.Page reset = organizer.submit(asked, "mailText", Map.of("mailText:body", "{{salutationLine}} bis {{date}}"),
                "mailText:resetConfirmed");
        assertTrue(reset.html().contains("Der Standardtext gilt wieder."), reset.html());
        assertFalse(custom(slug));
    }

    private static boolean custom(String slug) {
        return podium.get(api(slug) + CONFIRMED_DE).asOrganizer().send().json().getBoolean("custom");
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String api(String slug) {
        return "/api/conferences/" + slug;
    }

    private static String text(String subject, String body) {
        return Json.createObjectBuilder().add("subject", subject).add("body", body).build().toString();
    }

    private static void register(String slug, String email, String lastName) {
        String person = Json.createObjectBuilder().add("category", "INTEGRATION_OFFICER").add("salutation", "MS")
                .add("firstName", "Heike").add("lastName", lastName).add("office", "Integrationsbeauftragte")
                .add("organisation", "Landkreis Kassel").add("email", email).add("locale", "de")
                .add("consent", Json.createObjectBuilder().add("privacyPolicyVersion", "2026-01")
                        .add("listInParticipants", false)).build().toString();
        Answer registered = podium.post("/api/conferences/" + slug + "/registrations", person).send();
        assertEquals(201, registered.status(), registered::toString);
        assertEquals("CONFIRMED", registered.json().getString("status"));
    }

    private static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = html(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    private static String conference(String prefix) {
        String slug = prefix + "-" + System.nanoTime() % 1_000_000_000L;
        Answer created = podium.post("/api/conferences", """
                {"slug":"%s","title":"Eigene Texte 2027","city":"Kassel","venue":"Kreishaus Kassel, Wilhelmshöher Allee 19",
                 "timeZone":"Europe/Berlin","startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00",
                 "doubleOptIn":false,"categories":[{"code":"INTEGRATION_OFFICER","name":"Integration","capacity":20}],
                 "tracks":[]}""".formatted(slug)).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        return slug;
    }
}
