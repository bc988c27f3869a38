package de.podium.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** Inviting speakers: the mailed link, a new or an existing account, who may invite, the demo speakers. */
class SpeakerInvitationIT {

    static PodiumServer podium;
    static final String PASSWORD = "Werra-Meissner-2031";

    @BeforeAll
    static void boot() {
        TestMail.get();
        podium = PodiumServer.get();
    }

    @Test
    void invitedSpeakerSetsAPasswordSignsInAndSeesOnlyTheirOwnTalks() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Ehrenamt in der Flüchtlingshilfe", SpeakerChecks.unique("buero.weiss"));
        MimeMessage mail = TestMail.get().awaitTo(invited.email(), 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Einladung als Referent/in: Programmtest", mail.getSubject());
        String link = SpeakerInvites.invitationLink(invited.email());

        Browser browser = new Browser(podium);
        Page page = browser.get(link);
        assertEquals(200, page.status(), page.html());
        assertNull(browser.cookie("PODIUMSESSION"), "opening the invitation starts no session (issue #16 item 4)");
        assertTrue(page.html().contains("Ehrenamt in der Flüchtlingshilfe"));
        assertTrue(page.html().contains("Dr. Anna Weiß"));
        Page tooShort = browser.submit(page, "invitation",
                Map.of("invitation:password", "kurz", "invitation:passwordRepeated", "kurz"), "invitation:accept");
        assertTrue(tooShort.html().contains("mindestens 12 Zeichen"), tooShort.html());
        Page common = browser.submit(tooShort, "invitation",
                Map.of("invitation:password", "passwordpassword", "invitation:passwordRepeated", "passwordpassword"),
                "invitation:accept");
        assertTrue(common.html().contains("am häufigsten verwendeten"), common.html());
        String spaces = " ".repeat(12);
        Page blank = browser.submit(common, "invitation",
                Map.of("invitation:password", spaces, "invitation:passwordRepeated", spaces), "invitation:accept");
        assertTrue(blank.html().contains("nicht nur aus Leerzeichen"), blank.html());
        String huge = "Werra-Meissner-".repeat(14_000);
        Page tooLong = browser.submit(blank, "invitation",
                Map.of("invitation:password", huge, "invitation:passwordRepeated", huge), "invitation:accept");
        assertTrue(tooLong.html().contains("höchstens 256 Zeichen"), "a 210,000-character password: " + tooLong.status());
        Page mismatch = browser.submit(tooLong, "invitation",
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
                        + SlideFixtures.demoTalk("Masterplan") + "/slides")
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

    @Test
    void anExistingAccountIsReusedAndOnlyGainsTheRight() throws Exception {
        Object[] future = SlideFixtures.futureTalk("Integrationsmanagement im Landkreis");
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
                m -> SpeakerChecks.subject(m).startsWith("Invitation to speak"), Duration.ofSeconds(30));
        assertEquals(1, mails.size());
        String text = MailChecks.text(mails.get(0));
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
        assertTrue(talks.contains(SlideFixtures.demoTalk("Masterplan")), "and the old one stays");
        assertEquals(1, accountsWithEmail(PodiumServer.SPEAKER));
        assertEquals(401, podium.get("/api/speaker/talks").as(PodiumServer.SPEAKER, PASSWORD).send().status(),
                "his password is unchanged");
    }

    @Test
    void onlyOrganizersOfTheConferenceInvite() {
        Object[] future = SlideFixtures.futureTalk("Sprachförderung");
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

    private static List<String> titlesOf(String account) {
        Answer answer = podium.get("/api/speaker/talks").as(account, PodiumServer.DEMO_PASSWORD).send();
        assertEquals(200, answer.status(), account + ": " + answer);
        return answer.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("conference").equals(PodiumServer.DEMO_SLUG)).map(t -> t.getString("title")).toList();
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
}
