package de.podium.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.SlideFixtures;
import de.podium.testsupport.SpeakerInvites;
import de.podium.testsupport.TestMail;

/**
 * The speaker portal: answers, profile with bio, photo and availability, slides page, and the organizer's slides
 * dashboard.
 */
class SpeakerPortalIT {

    static PodiumServer podium;
    static final String PASSWORD = "Werra-Meissner-2031";

    @BeforeAll
    static void boot() {
        TestMail.get();
        podium = PodiumServer.get();
    }

    @Test
    void speakerAcceptsTheTalkAndSeesRoomAndTimeOncePublished() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Arbeitsmarktintegration", SpeakerChecks.unique("landraetin"));
        Browser browser = newSpeaker(invited);
        Page home = browser.get("/speaker/");
        Matcher accept = Pattern.compile("name=\"([^\"]*:accept)\"").matcher(home.html());
        assertTrue(accept.find(), home.html());
        Page answered = browser.submit(home, "talks", Map.of(), accept.group(1));
        assertTrue(answered.html().contains("Ihre Zusage ist gespeichert"), answered.html());
        assertTrue(answered.html().contains("Zugesagt"));
        assertEquals("ACCEPTED", podium.get("/api/speaker/talks").as(invited.email(), PASSWORD).send().jsonArray()
                .getJsonObject(0).getString("answer"));
        Answer maybe = podium.put("/api/speaker/talks/" + invited.talk() + "/answer", "{\"answer\":\"MAYBE\"}")
                .as(invited.email(), PASSWORD).send();
        assertEquals(422, maybe.status(), maybe::toString);
        assertEquals("answer", maybe.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("ACCEPTED", podium.get("/api/speaker/talks").as(invited.email(), PASSWORD).send().jsonArray()
                .getJsonObject(0).getString("answer"), "the answer given stays");
        Page dashboard = Browser.signedIn(PodiumServer.ORGANIZER).get("/organizer/conferences/" + invited.slug() + "/slides");
        assertTrue(dashboard.html().contains("(zugesagt)"), "the organizers see the answer: " + dashboard.html());

        Answer published = podium.post("/api/conferences/" + invited.slug() + "/agenda/publish", "{\"changelog\":\"Erste Fassung\"}")
                .asOrganizer().send();
        assertEquals(201, published.status(), published::toString);
        Page after = browser.get("/speaker/");
        assertTrue(after.html().contains("Kreistagssaal"), after.html());
        assertTrue(after.html().contains("12.06.2031"), "date of the published slot");
        assertFalse(after.html().contains("Noch nicht veröffentlicht"));
    }

    @Test
    void bioKeepsLimitedFormattingAndLosesScriptsAndEventHandlers() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Wohnen und Quartier", SpeakerChecks.unique("bio"));
        newSpeaker(invited);
        String bio = "<p onclick=\"steal()\">Landrätin <em>seit 2010</em>, <strong>Juristin</strong>, "
                + "<a href=\"https://www.kreis.example/landraetin\" onmouseover=\"steal()\">Kreisseite</a>"
                + "<a href=\"javascript:alert(1)\">klick</a><script>alert('x')</script>"
                + "<img src=\"x\" onerror=\"alert(2)\"><span style=\"color:red\">rot</span></p>";
        Answer saved = podium.put("/api/conferences/" + invited.slug() + "/speakers/me", Json.profile(bio))
                .as(invited.email(), PASSWORD).send();
        assertEquals(200, saved.status(), saved::toString);
        String clean = saved.json().getString("bioDe");
        assertTrue(clean.contains("<em>seit 2010</em>"), clean);
        assertTrue(clean.contains("<strong>Juristin</strong>"), clean);
        assertTrue(clean.contains("<a href=\"https://www.kreis.example/landraetin\""), clean);
        for (String gone : List.of("script", "onclick", "onmouseover", "onerror", "javascript:", "<img", "style=", "alert")) {
            assertFalse(clean.contains(gone), gone + " in " + clean);
        }
        assertTrue(clean.contains("rot"), "text of removed tags stays");
        assertEquals(clean, podium.get("/api/conferences/" + invited.slug() + "/speakers/me").as(invited.email(), PASSWORD)
                .send().json().getString("bioDe"), "stored sanitised");
        assertEquals("Amt für Integration", saved.json().getString("office"));
    }

    @Test
    void controlCharactersInTheNameAreRefusedAndTheProfileStaysAsItWas() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Arbeit und Ausbildung", SpeakerChecks.unique("nul"));
        newSpeaker(invited);
        String path = "/api/conferences/" + invited.slug() + "/speakers/me";
        assertEquals(200, podium.put(path, Json.profile("<p>Bio</p>")).as(invited.email(), PASSWORD).send().status());
        String hostile = Json.profile("<p>Bio</p>").replace("\"Weiß\"", "\"We\\u0000iß\"");
        Answer refused = podium.put(path, hostile).as(invited.email(), PASSWORD).send();
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("lastName", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused::toString);
        assertEquals("Weiß", podium.get(path).as(invited.email(), PASSWORD).send().json().getString("lastName"));
    }

    @Test
    void photoIsReencodedScaledAndStrippedOfCameraData() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Schule und Bildung vor Ort", SpeakerChecks.unique("foto"));
        newSpeaker(invited);
        byte[] camera = SlideFixtures.jpegWithExif(2000, 1500);
        assertTrue(new String(camera, StandardCharsets.ISO_8859_1).contains("SECRET-CAMERA-SERIAL"));
        Answer stored = photo(invited, "portrait.jpg", camera);
        assertEquals(200, stored.status(), stored::toString);
        assertEquals(600, stored.json().getInt("width"));
        assertEquals(450, stored.json().getInt("height"));
        long speakerId = speakerIdOf(invited.email());
        Answer served = podium.get("/api/conferences/" + invited.slug() + "/speakers/" + speakerId + "/photo").send();
        assertEquals(200, served.status());
        assertEquals("image/jpeg", served.header("Content-Type"));
        String raw = new String(served.bytes(), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Exif"), "no EXIF segment");
        assertFalse(raw.contains("SECRET-CAMERA-SERIAL") || raw.contains("Eschwege"), "no camera data");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.bytes()));
        assertEquals(600, image.getWidth());
        assertEquals(450, image.getHeight());

        assertEquals(415, photo(invited, "bild.jpg", SlideFixtures.gif()).status(), "GIF is not accepted");
        assertEquals(415, photo(invited, "bild.png", SlideFixtures.html()).status(), "HTML named .png");
        assertEquals(403, podium.call("PUT", "/api/conferences/" + invited.slug() + "/speakers/me/photo")
                .bytes("multipart/form-data; boundary=b", SlideFixtures.multipart("b", "file", "x.jpg", "image/jpeg", camera, Map.of()))
                .asAdmin().send().status(), "the admin is no speaker of this conference");
    }

    @Test
    void profilePageSavesSanitisedBioPhotoAndAvailability() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Ehrenamtskoordination", SpeakerChecks.unique("seite"));
        Browser browser = newSpeaker(invited);
        String path = "/speaker/conferences/" + invited.slug() + "/profile";
        Page page = browser.get(path);
        assertEquals(200, page.status(), page.html());
        assertTrue(page.html().contains("value=\"Weiß\""), "the profile as stored");
        // issue #23: adding a time window used to lose the unsaved bio; now it is one form with one save
        Page added = browser.submit(page, "profile", Map.of("profile:office", "Landrätin",
                "profile:bioDe", "<p><strong>Landrätin</strong> seit 2012<script>alert(1)</script></p>"), "profile:add");
        assertTrue(added.html().contains("&lt;strong&gt;Landrätin&lt;/strong&gt; seit 2012"), "the bio typed is kept: " + added.html());
        assertTrue(added.html().contains("value=\"Landrätin\""), "and the office");
        assertTrue(added.html().contains("id=\"profile:windows:0:start\""), "a new time window");
        assertEquals(1, added.html().split("id=\"profile:save\"", -1).length - 1, "one save button");

        // (this test browser does not read text areas back, so the bio is sent again as the page holds it)
        Page saved = browser.submitMultipart(added, "profile", Map.of("profile:bioDe", "<p><strong>Landrätin</strong> seit 2012<script>alert(1)</script></p>",
                "profile:windows:0:start", "12.06.2031 9:00", "profile:windows:0:end", "12.06.2031 12:00"),
                "profile:photoFile", "portrait.jpg", SlideFixtures.jpegWithExif(800, 1200), "profile:save");
        assertTrue(saved.html().contains("Ihr Profil wurde gespeichert."), saved.html());
        assertTrue(saved.html().contains("&lt;strong&gt;Landrätin&lt;/strong&gt;"), "shown escaped in the text area");
        assertFalse(saved.html().contains("alert(1)"), "the script is gone");
        assertFalse(saved.html().contains("<script>alert"), "never rendered as markup");
        assertTrue(saved.html().contains("/speakers/" + speakerIdOf(invited.email()) + "/photo"), "the photo is shown");
        assertTrue(browser.get(path).html().contains("value=\"12.06.2031 09:00\""), "9:00 is stored as 09:00");
        Page windows = saved;
        assertFalse(podium.get("/api/conferences/" + invited.slug() + "/agenda/conflicts").asOrganizer().send().body()
                .contains("SPEAKER_UNAVAILABLE"), "the talk at 10:00 lies inside the window");
        Page wrong = browser.submit(windows, "profile", Map.of("profile:windows:0:start", "morgen früh",
                "profile:office", "Landrätin a. D."), "profile:save");
        assertTrue(wrong.html().contains("value=\"Landrätin a. D.\""), "what was typed stays in the form");
        assertTrue(browser.get(path).html().contains("value=\"Landrätin\""), "nothing is saved while a window is wrong");
        assertTrue(wrong.html().matches("(?s).*Bitte geben Sie Datum und Uhrzeit so an: \\d{2}\\.\\d{2}\\.2031 \\d{2}:\\d{2}.*"),
                "the example is a date of the conference, in the page's format: " + wrong.html());
    }

    @Test
    void slidesPageTakesTheFileAsPrimeFacesUploadsIt() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Kommunale Wohnraumvermittlung", SpeakerChecks.unique("upload"));
        Browser browser = newSpeaker(invited);
        Page page = browser.get("/speaker/conferences/" + invited.slug() + "/slides?talk=" + invited.talk());
        assertEquals(200, page.status(), page.html());
        Map<String, String> fields = page.fields("slides");
        fields.keySet().removeIf(name -> name.startsWith("slides:file"));
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "slides:file");
        fields.put("jakarta.faces.partial.execute", "slides:file");
        fields.put("jakarta.faces.partial.render", "slides:messages slides:versions");
        fields.put("slides:file_totalFilesCount", "1");
        Page answer = browser.postMultipart(page.action("slides"), fields, "slides:file", "Wohnraum.pptx", SlideFixtures.pptx());
        assertEquals(200, answer.status(), answer.html());
        assertTrue(answer.html().contains("Fassung 1 wurde gespeichert."), answer.html());
        assertTrue(answer.html().contains("Wohnraum.pptx"), "the version list is updated");
        JsonObject stored = podium.get("/api/conferences/" + invited.slug() + "/talks/" + invited.talk() + "/slides/versions")
                .asOrganizer().send().jsonArray().getJsonObject(0);
        assertEquals(invited.email(), stored.getString("uploadedBy"));
        assertEquals(SlideFixtures.PPTX_TYPE, stored.getString("contentType"));

        Page refused = browser.postMultipart(page.action("slides"), fields, "slides:file", "slides.pdf", SlideFixtures.html());
        assertTrue(refused.html().contains("der Inhalt der Datei entscheidet"), refused.html());
    }

    @Test
    void ownAvailabilityFeedsTheOrganizersConflicts() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Gesundheitsversorgung", SpeakerChecks.unique("verfuegbar"));
        newSpeaker(invited);
        Answer windows = podium.put("/api/conferences/" + invited.slug() + "/speakers/me/availability",
                "[{\"start\":\"2031-06-12T14:00:00+02:00\",\"end\":\"2031-06-12T16:00:00+02:00\"}]")
                .as(invited.email(), PASSWORD).send();
        assertEquals(200, windows.status(), windows::toString);
        String conflicts = podium.get("/api/conferences/" + invited.slug() + "/agenda/conflicts").asOrganizer().send().body();
        assertTrue(conflicts.contains("SPEAKER_UNAVAILABLE"), "talk at 10:00, speaker only 14–16: " + conflicts);
    }

    @Test
    void organizerSeesTalksLackingSlidesAndRemindsTheirSpeakers() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Kommunale Integrationszentren", SpeakerChecks.unique("erinnerung"));
        Browser organizer = Browser.signedIn(PodiumServer.ORGANIZER);
        Page dashboard = organizer.get("/organizer/conferences/" + invited.slug() + "/slides");
        assertEquals(200, dashboard.status(), dashboard.html());
        assertTrue(dashboard.html().contains("Kommunale Integrationszentren"));
        assertTrue(dashboard.html().contains("Noch keine Folien"));
        assertTrue(dashboard.html().contains("(noch keine Antwort)"), dashboard.html());
        Page reminded = organizer.submit(dashboard, "reminder", Map.of(), "reminder:remind");
        assertTrue(reminded.html().contains("Erinnerung(en) wurden in den Postausgang gelegt"), reminded.html());
        List<MimeMessage> reminders = TestMail.get().awaitTo(invited.email(), 2, Duration.ofSeconds(30)).stream()
                .filter(m -> SpeakerChecks.subject(m).startsWith("Erinnerung: Folien")).toList();
        assertEquals(1, reminders.size());
        assertTrue(MailChecks.text(reminders.get(0)).contains(podium.baseUrl() + "/speaker/conferences/"
                + invited.slug() + "/slides?talk=" + invited.talk()));

        Page wrong = organizer.submit(reminded, "deadlineForm", Map.of("deadlineForm:deadline", "morgen"),
                "deadlineForm:saveDeadline");
        assertTrue(Pattern.compile("id=\"deadlineForm:deadline-error\"[^>]*>[^<]*so an: \\d{2}\\.\\d{2}\\.\\d{4} 18:00").matcher(wrong.html()).find(),
                "the error stands next to the field: " + wrong.html());
        assertTrue(Pattern.compile("name=\"deadlineForm:deadline\"[^>]*aria-invalid=\"true\"").matcher(wrong.html()).find(),
                "the field is marked invalid: " + wrong.html());
        Page deadline = organizer.submit(wrong, "deadlineForm", Map.of("deadlineForm:deadline", "1.1.2020 12:00"),
                "deadlineForm:saveDeadline");
        assertTrue(deadline.html().contains("Der Abgabeschluss wurde gespeichert."), deadline.html());
        assertEquals("2020-01-01T12:00:00+01:00", podium.get("/api/conferences/" + invited.slug() + "/slides/deadline")
                .asOrganizer().send().json().getString("deadline"));

        Page invite = organizer.submit(deadline, "invite", Map.of("invite:email", SpeakerChecks.unique("seite"),
                "invite:talk", Long.toString(invited.talk()), "invite:firstName", "Jonas", "invite:lastName", "Öztürk"), "invite:send");
        assertTrue(invite.html().contains("in den Postausgang gelegt"), invite.html());
    }

    /** Invitation → mail → password set on the page → signed in through the login form. */
    static Browser newSpeaker(SpeakerInvites.Invited invited) throws Exception {
        Browser browser = new Browser(podium);
        Page page = browser.get(SpeakerInvites.invitationLink(invited.email()));
        Page accepted = browser.submit(page, "invitation",
                Map.of("invitation:password", PASSWORD, "invitation:passwordRepeated", PASSWORD), "invitation:accept");
        assertEquals(302, accepted.status(), accepted.html());
        Page login = browser.get("/login");
        Page signedIn = browser.submit(login, "login", Map.of("email", invited.email(), "password", PASSWORD), "submit");
        assertEquals(302, signedIn.status(), signedIn.html());
        assertTrue(signedIn.location().endsWith("/speaker/"), signedIn.location());
        return browser;
    }

    private static Answer photo(SpeakerInvites.Invited invited, String name, byte[] content) {
        return podium.call("PUT", "/api/conferences/" + invited.slug() + "/speakers/me/photo")
                .bytes("multipart/form-data; boundary=b", SlideFixtures.multipart("b", "file", name, "image/jpeg", content, Map.of()))
                .as(invited.email(), PASSWORD).send();
    }

    private static long speakerIdOf(String email) throws Exception {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT id FROM speaker WHERE email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    private static final class Json {
        static String profile(String bio) {
            return jakarta.json.Json.createObjectBuilder().add("title", "Dr.").add("firstName", "Anna").add("lastName", "Weiß")
                    .add("office", "Amt für Integration").add("organisation", "Werra-Meißner-Kreis").add("bioDe", bio)
                    .add("bioEn", "<b>District</b> chief").build().toString();
        }
    }
}
