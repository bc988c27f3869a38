package de.podium.it;

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

import de.podium.it.Browser.Page;
import de.podium.it.PodiumServer.Answer;

/** A speaker invited by mail sets a password, signs in, sees only their own talks and keeps their profile. */
class SpeakerPortalIT {

    static PodiumServer podium;
    static final String PASSWORD = "Werra-Meissner-2031";

    @BeforeAll
    static void boot() {
        TestMail.get();
        podium = PodiumServer.get();
    }

    record Invited(String slug, long talk, String email) {
    }

    static Invited invite(String title, String email) {
        Object[] future = SlideRulesIT.futureTalk(title);
        String slug = (String) future[0];
        long talk = (long) future[1];
        Answer answer = podium.post("/api/conferences/" + slug + "/talks/" + talk + "/speaker-invitations", """
                {"email":"%s","locale":"de","title":"Dr.","firstName":"Anna","lastName":"Weiß"}""".formatted(email))
                .asOrganizer().send();
        assertEquals(201, answer.status(), answer::toString);
        return new Invited(slug, talk, email);
    }

    static String invitationLink(String email) throws Exception {
        List<MimeMessage> mails = TestMail.get().awaitTo(email, 1, Duration.ofSeconds(30));
        assertEquals(1, mails.size(), "one invitation mail to " + email);
        String text = RegistrationMailIT.text(mails.get(0));
        Matcher link = Pattern.compile(Pattern.quote(podium.baseUrl()) + "(/speaker/invitation/[A-Za-z0-9_-]{40,})").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    /** Invitation → mail → password set on the page → signed in through the login form. */
    static Browser newSpeaker(Invited invited) throws Exception {
        Browser browser = new Browser(podium);
        Page page = browser.get(invitationLink(invited.email()));
        Page accepted = browser.submit(page, "invitation",
                Map.of("invitation:password", PASSWORD, "invitation:passwordRepeated", PASSWORD), "invitation:accept");
        assertEquals(302, accepted.status(), accepted.html());
        Page login = browser.get("/login");
        Page signedIn = browser.submit(login, "login", Map.of("email", invited.email(), "password", PASSWORD), "submit");
        assertEquals(302, signedIn.status(), signedIn.html());
        assertTrue(signedIn.location().endsWith("/speaker/"), signedIn.location());
        return browser;
    }

    static String unique(String name) {
        return name + "-" + System.nanoTime() + "@kreis.example";
    }

    @Test
    void invitedSpeakerSetsAPasswordSignsInAndSeesOnlyTheirOwnTalks() throws Exception {
        Invited invited = invite("Ehrenamt in der Flüchtlingshilfe", unique("buero.weiss"));
        MimeMessage mail = TestMail.get().awaitTo(invited.email(), 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Einladung als Referent/in: Programmtest", mail.getSubject());
        String link = invitationLink(invited.email());

        Browser browser = new Browser(podium);
        Page page = browser.get(link);
        assertEquals(200, page.status(), page.html());
        assertTrue(page.html().contains("Ehrenamt in der Flüchtlingshilfe"));
        assertTrue(page.html().contains("Dr. Anna Weiß"));
        Page tooShort = browser.submit(page, "invitation",
                Map.of("invitation:password", "kurz", "invitation:passwordRepeated", "kurz"), "invitation:accept");
        assertTrue(tooShort.html().contains("mindestens 12 Zeichen"), tooShort.html());
        Page mismatch = browser.submit(tooShort, "invitation",
                Map.of("invitation:password", PASSWORD, "invitation:passwordRepeated", PASSWORD + "x"), "invitation:accept");
        assertTrue(mismatch.html().contains("stimmen nicht überein"), mismatch.html());
        Page accepted = browser.submit(mismatch, "invitation",
                Map.of("invitation:password", PASSWORD, "invitation:passwordRepeated", PASSWORD), "invitation:accept");
        assertEquals(302, accepted.status(), accepted.html());
        assertTrue(accepted.location().contains("/login?next="), accepted.location());

        Page again = new Browser(podium).get(link);
        assertTrue(again.html().contains("bereits angenommen oder ist abgelaufen"), "the link works once");
        assertFalse(again.html().contains("invitation:password"));

        Page login = browser.get("/login");
        Page signedIn = browser.submit(login, "login", Map.of("email", invited.email(), "password", PASSWORD), "submit");
        assertEquals(302, signedIn.status());
        Page home = browser.open(signedIn.location());
        assertEquals(200, home.status(), home.html());
        assertTrue(home.html().contains("Ehrenamt in der Flüchtlingshilfe"), home.html());
        assertFalse(home.html().contains("Masterplan"), "no talk of others");
        assertTrue(home.html().contains("Noch nicht veröffentlicht"));

        List<JsonObject> mine = podium.get("/api/speaker/talks").as(invited.email(), PASSWORD).send().jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, mine.size(), mine::toString);
        assertEquals(invited.talk(), mine.get(0).getJsonNumber("id").longValue());

        String boundary = "b" + System.nanoTime();
        Answer own = podium.call("PUT", "/api/conferences/" + invited.slug() + "/talks/" + invited.talk() + "/slides")
                .bytes("multipart/form-data; boundary=" + boundary,
                        SlideFixtures.multipart(boundary, "file", "ehrenamt.pdf", "application/pdf", SlideFixtures.pdf(), Map.of()))
                .as(invited.email(), PASSWORD).send();
        assertEquals(201, own.status(), own::toString);
        assertEquals(invited.email(), own.json().getString("uploadedBy"));
        Answer foreign = podium.call("PUT", "/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/"
                        + SlideRulesIT.demoTalk("Masterplan") + "/slides")
                .bytes("multipart/form-data; boundary=" + boundary,
                        SlideFixtures.multipart(boundary, "file", "fremd.pdf", "application/pdf", SlideFixtures.pdf(), Map.of()))
                .as(invited.email(), PASSWORD).send();
        assertEquals(403, foreign.status(), "another speaker's talk");
        assertEquals(403, browser.get("/organizer/conferences/" + invited.slug() + "/slides").status());
        assertEquals(403, browser.get("/speaker/conferences/" + PodiumServer.DEMO_SLUG + "/profile").status(),
                "not a speaker of the demo conference");
        assertEquals(200, browser.get("/speaker/conferences/" + invited.slug() + "/profile").status());
        Page slides = browser.get("/speaker/conferences/" + invited.slug() + "/slides?talk=" + invited.talk());
        assertEquals(200, slides.status(), slides.html());
        assertTrue(slides.html().contains("ui-fileupload") || slides.html().contains("FileUpload"), "PrimeFaces upload");
        assertTrue(slides.html().contains("ehrenamt.pdf"), "the list of my versions");
    }

    @Test
    void theSpeakersNamedInTheSeedHaveDemoAccounts() {
        List<String> sager = titlesOf("sager@podium.example");
        assertTrue(sager.contains("Eröffnung der Tagung") && sager.contains("Zusammenfassung und Ausblick"), sager::toString);
        List<String> viventure = titlesOf("viventure@podium.example");
        assertEquals(List.of("Integration von Flüchtlingen in ländlichen Räumen – strategische Leitlinien und Best Practices"),
                viventure);
        assertTrue(titlesOf(PodiumServer.SPEAKER).contains("Masterplan Integration des Werra-Meißner-Kreises"));
    }

    private static List<String> titlesOf(String account) {
        Answer answer = podium.get("/api/speaker/talks").as(account, PodiumServer.DEMO_PASSWORD).send();
        assertEquals(200, answer.status(), account + ": " + answer);
        return answer.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("conference").equals(PodiumServer.DEMO_SLUG)).map(t -> t.getString("title")).toList();
    }

    @Test
    void anExistingAccountIsReusedAndOnlyGainsTheRight() throws Exception {
        Object[] future = SlideRulesIT.futureTalk("Integrationsmanagement im Landkreis");
        String slug = (String) future[0];
        long talk = (long) future[1];
        Answer answer = podium.post("/api/conferences/" + slug + "/talks/" + talk + "/speaker-invitations",
                "{\"email\":\"Reuss@Podium.example\",\"locale\":\"en\"}").asOrganizer().send();
        assertEquals(422, answer.status(), "a new speaker of this conference needs a name: " + answer);
        answer = podium.post("/api/conferences/" + slug + "/talks/" + talk + "/speaker-invitations",
                "{\"email\":\"Reuss@Podium.example\",\"locale\":\"en\",\"firstName\":\"Stefan\",\"lastName\":\"Reuß\"}")
                .asOrganizer().send();
        assertEquals(201, answer.status(), answer::toString);
        List<MimeMessage> mails = TestMail.get().awaitTo(PodiumServer.SPEAKER,
                m -> subject(m).startsWith("Invitation to speak"), Duration.ofSeconds(30));
        assertEquals(1, mails.size());
        String text = RegistrationMailIT.text(mails.get(0));
        Matcher link = Pattern.compile(Pattern.quote(podium.baseUrl()) + "(/speaker/invitation/[A-Za-z0-9_-]{40,})").matcher(text);
        assertTrue(link.find(), text);

        Browser browser = new Browser(podium);
        Page page = browser.get(link.group(1));
        assertTrue(page.html().contains("bereits ein Konto"), page.html());
        assertFalse(page.html().contains("invitation:password"), "no new password for an existing account");
        assertEquals(302, browser.submit(page, "invitation", Map.of(), "invitation:accept").status());

        List<Long> talks = podium.get("/api/speaker/talks").asSpeaker().send().jsonArray().getValuesAs(JsonObject.class)
                .stream().map(t -> t.getJsonNumber("id").longValue()).toList();
        assertTrue(talks.contains(talk), "the new talk joins his list: " + talks);
        assertTrue(talks.contains(SlideRulesIT.demoTalk("Masterplan")), "and the old one stays");
        assertEquals(1, accountsWithEmail(PodiumServer.SPEAKER));
        assertEquals(401, podium.get("/api/speaker/talks").as(PodiumServer.SPEAKER, PASSWORD).send().status(),
                "his password is unchanged");
    }

    @Test
    void onlyOrganizersOfTheConferenceInvite() {
        Object[] future = SlideRulesIT.futureTalk("Sprachförderung");
        String path = "/api/conferences/" + future[0] + "/talks/" + future[1] + "/speaker-invitations";
        String body = "{\"email\":\"x@kreis.example\",\"firstName\":\"X\",\"lastName\":\"Y\"}";
        assertEquals(403, podium.post(path, body).asSpeaker().send().status());
        assertEquals(401, podium.post(path, body).send().status());
        assertEquals(422, podium.post(path, "{\"email\":\"kein-mail\",\"firstName\":\"X\",\"lastName\":\"Y\"}")
                .asOrganizer().send().status());
        Page unknown = new Browser(podium).get("/speaker/invitation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertTrue(unknown.html().contains("Diese Einladung ist unbekannt"), unknown.html());
        assertFalse(unknown.html().contains("invitation:accept"));
    }

    @Test
    void speakerAcceptsTheTalkAndSeesRoomAndTimeOncePublished() throws Exception {
        Invited invited = invite("Arbeitsmarktintegration", unique("landraetin"));
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
        Page dashboard = SignInIT.signedIn(PodiumServer.ORGANIZER).get("/organizer/conferences/" + invited.slug() + "/slides");
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
        Invited invited = invite("Wohnen und Quartier", unique("bio"));
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
        Invited invited = invite("Arbeit und Ausbildung", unique("nul"));
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
        Invited invited = invite("Schule und Bildung vor Ort", unique("foto"));
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
        Invited invited = invite("Ehrenamtskoordination", unique("seite"));
        Browser browser = newSpeaker(invited);
        String path = "/speaker/conferences/" + invited.slug() + "/profile";
        Page page = browser.get(path);
        assertEquals(200, page.status(), page.html());
        assertTrue(page.html().contains("value=\"Weiß\""), "the profile as stored");
        Page saved = browser.submit(page, "profile", Map.of("profile:office", "Landrätin",
                "profile:bioDe", "<p><strong>Landrätin</strong> seit 2012<script>alert(1)</script></p>"), "profile:save");
        assertTrue(saved.html().contains("Ihr Profil wurde gespeichert."), saved.html());
        assertTrue(saved.html().contains("&lt;strong&gt;Landrätin&lt;/strong&gt;"), "shown escaped in the text area");
        assertFalse(saved.html().contains("alert(1)"), "the script is gone");
        assertFalse(saved.html().contains("<script>alert"), "never rendered as markup");

        Page photo = browser.submitMultipart(saved, "photo", "photo:photoFile", "portrait.jpg",
                SlideFixtures.jpegWithExif(800, 1200), "photo:uploadPhoto");
        assertTrue(photo.html().contains("Ihr Foto wurde gespeichert."), photo.html());
        assertTrue(photo.html().contains("/speakers/" + speakerIdOf(invited.email()) + "/photo"), "the photo is shown");

        Page added = browser.submit(photo, "availability", Map.of(), "availability:add");
        Page windows = browser.submit(added, "availability", Map.of(
                "availability:windows:0:start", "12.06.2031 09:00", "availability:windows:0:end", "12.06.2031 12:00"),
                "availability:saveAvailability");
        assertTrue(windows.html().contains("Ihre Verfügbarkeit wurde gespeichert."), windows.html());
        assertFalse(podium.get("/api/conferences/" + invited.slug() + "/agenda/conflicts").asOrganizer().send().body()
                .contains("SPEAKER_UNAVAILABLE"), "the talk at 10:00 lies inside the window");
        Page wrong = browser.submit(windows, "availability", Map.of("availability:windows:0:start", "morgen früh"),
                "availability:saveAvailability");
        assertTrue(wrong.html().contains("TT.MM.JJJJ HH:MM"), wrong.html());
    }

    @Test
    void slidesPageTakesTheFileAsPrimeFacesUploadsIt() throws Exception {
        Invited invited = invite("Kommunale Wohnraumvermittlung", unique("upload"));
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
        Invited invited = invite("Gesundheitsversorgung", unique("verfuegbar"));
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
        Invited invited = invite("Kommunale Integrationszentren", unique("erinnerung"));
        Browser organizer = SignInIT.signedIn(PodiumServer.ORGANIZER);
        Page dashboard = organizer.get("/organizer/conferences/" + invited.slug() + "/slides");
        assertEquals(200, dashboard.status(), dashboard.html());
        assertTrue(dashboard.html().contains("Kommunale Integrationszentren"));
        assertTrue(dashboard.html().contains("Noch keine Folien"));
        assertTrue(dashboard.html().contains("(noch keine Antwort)"), dashboard.html());
        Page reminded = organizer.submit(dashboard, "reminder", Map.of(), "reminder:remind");
        assertTrue(reminded.html().contains("Erinnerung(en) wurden in den Postausgang gelegt"), reminded.html());
        List<MimeMessage> reminders = TestMail.get().awaitTo(invited.email(), 2, Duration.ofSeconds(30)).stream()
                .filter(m -> subject(m).startsWith("Erinnerung: Folien")).toList();
        assertEquals(1, reminders.size());
        assertTrue(RegistrationMailIT.text(reminders.get(0)).contains(podium.baseUrl() + "/speaker/conferences/"
                + invited.slug() + "/slides?talk=" + invited.talk()));

        Page wrong = organizer.submit(reminded, "deadlineForm", Map.of("deadlineForm:deadline", "morgen"),
                "deadlineForm:saveDeadline");
        assertTrue(Pattern.compile("id=\"deadlineForm:deadline-error\"[^>]*>[^<]*TT\\.MM\\.JJJJ").matcher(wrong.html()).find(),
                "the error stands next to the field: " + wrong.html());
        assertTrue(Pattern.compile("name=\"deadlineForm:deadline\"[^>]*aria-invalid=\"true\"").matcher(wrong.html()).find(),
                "the field is marked invalid: " + wrong.html());
        Page deadline = organizer.submit(wrong, "deadlineForm", Map.of("deadlineForm:deadline", "01.01.2020 12:00"),
                "deadlineForm:saveDeadline");
        assertTrue(deadline.html().contains("Der Abgabeschluss wurde gespeichert."), deadline.html());
        assertEquals("2020-01-01T12:00:00+01:00", podium.get("/api/conferences/" + invited.slug() + "/slides/deadline")
                .asOrganizer().send().json().getString("deadline"));

        Page invite = organizer.submit(deadline, "invite", Map.of("invite:email", unique("seite"),
                "invite:talk", Long.toString(invited.talk()), "invite:firstName", "Jonas", "invite:lastName", "Öztürk"), "invite:send");
        assertTrue(invite.html().contains("in den Postausgang gelegt"), invite.html());
    }

    private static Answer photo(Invited invited, String name, byte[] content) {
        return podium.call("PUT", "/api/conferences/" + invited.slug() + "/speakers/me/photo")
                .bytes("multipart/form-data; boundary=b", SlideFixtures.multipart("b", "file", name, "image/jpeg", content, Map.of()))
                .as(invited.email(), PASSWORD).send();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
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

    private static int accountsWithEmail(String email) throws Exception {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM account WHERE email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
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
