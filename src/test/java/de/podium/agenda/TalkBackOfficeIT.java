package de.podium.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.AgendaFixtures;
import de.podium.testsupport.Browser;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.TestMail;

/** Talks in the back office (issue #19 item 1): edit, cancel, delete, and the speakers of a talk. */
class TalkBackOfficeIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        TestMail.get();
        podium = PodiumServer.get();
    }

    private static String conference() {
        return AgendaFixtures.conference("2027-09-14T09:00:00+02:00", "2027-09-15T18:00:00+02:00");
    }

    private static long bareTalk(String slug, String title) {
        Answer created = podium.post("/api/conferences/" + slug + "/talks",
                "{\"title\":\"" + title + "\",\"durationMinutes\":30}").asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void anOrganizerEditsEveryFieldAndTheAbstractKeepsOnlyLimitedFormatting() {
        String slug = conference();
        long talk = bareTalk(slug, "Wohnen");
        Answer edited = podium.put("/api/conferences/" + slug + "/talks/" + talk, """
                {"title":"Wohnen auf dem Land","abstract":"<p>Mit <strong>Landrätin</strong></p><script>alert(1)</script><img src=x onerror=alert(2)>",
                 "track":"WOHNEN","durationMinutes":45,"language":"en","expectedAudience":80,"vip":true}""")
                .asOrganizer().send();
        assertEquals(200, edited.status(), edited::toString);
        JsonObject shown = AgendaFixtures.talk(slug, talk);
        assertEquals("Wohnen auf dem Land", shown.getString("title"));
        assertEquals("<p>Mit <strong>Landrätin</strong></p>", shown.getString("abstract"));
        assertEquals("WOHNEN", shown.getString("track"));
        assertEquals(45, shown.getInt("durationMinutes"));
        assertEquals("en", shown.getString("language"));
        assertEquals(80, shown.getInt("expectedAudience"));
        assertTrue(shown.getBoolean("vip"));

        Answer badTrack = podium.put("/api/conferences/" + slug + "/talks/" + talk,
                "{\"title\":\"X\",\"track\":\"GIBTESNICHT\",\"durationMinutes\":45}").asOrganizer().send();
        assertEquals(422, badTrack.status(), badTrack::toString);
        assertEquals("track", badTrack.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Answer noDuration = podium.put("/api/conferences/" + slug + "/talks/" + talk, "{\"title\":\"X\"}").asOrganizer().send();
        assertEquals(422, noDuration.status(), noDuration::toString);
        assertEquals("Wohnen auf dem Land", AgendaFixtures.talk(slug, talk).getString("title"), "refused edits change nothing");

        assertEquals(403, podium.put("/api/conferences/" + slug + "/talks/" + talk,
                "{\"title\":\"Fremd\",\"durationMinutes\":45}").asSpeaker().send().status());
        assertEquals(404, podium.put("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk,
                "{\"title\":\"Fremd\",\"durationMinutes\":45}").asOrganizer().send().status(), "another conference's talk");
    }

    @Test
    void aNewSpeakerEnteredAtTheTalkIsInvitedAndSpeakersCanBeOrderedAndRemoved() throws Exception {
        String slug = conference();
        long talk = bareTalk(slug, "Sprache als Schlüssel");
        String email = "buero.neu." + System.nanoTime() + "@kreis.example";
        Answer added = podium.post("/api/conferences/" + slug + "/talks/" + talk + "/speakers", """
                {"salutation":"MS","title":"Dr.","firstName":"Jana","lastName":"Neumann","office":"Landrätin",
                 "organisation":"Landkreis Kassel","email":"%s"}""".formatted(email)).asOrganizer().send();
        assertEquals(201, added.status(), added::toString);
        long jana = added.json().getJsonNumber("speakerId").longValue();
        MimeMessage invitation = TestMail.get().awaitTo(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Einladung als Referent/in: Programmtest", invitation.getSubject());
        assertTrue(MailChecks.text(invitation).contains("Sprache als Schlüssel"), "names the talk");

        long other = bareTalk(slug, "Zweiter Beitrag");
        String secondEmail = "zweite." + System.nanoTime() + "@kreis.example";
        long ole = podium.post("/api/conferences/" + slug + "/talks/" + other + "/speakers",
                "{\"firstName\":\"Ole\",\"lastName\":\"Berg\",\"email\":\"" + secondEmail + "\"}").asOrganizer().send()
                .json().getJsonNumber("speakerId").longValue();
        Answer picked = podium.post("/api/conferences/" + slug + "/talks/" + talk + "/speakers",
                "{\"speakerId\":" + ole + "}").asOrganizer().send();
        assertEquals(201, picked.status(), picked::toString);
        assertEquals(List.of(jana, ole), speakerIds(slug, talk));

        Answer moved = podium.put("/api/conferences/" + slug + "/talks/" + talk + "/speakers/" + ole + "/position",
                "{\"position\":0}").asOrganizer().send();
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(List.of(ole, jana), speakerIds(slug, talk), "the order stays as set");

        Answer unknown = podium.post("/api/conferences/" + slug + "/talks/" + talk + "/speakers",
                "{\"speakerId\":999999999}").asOrganizer().send();
        assertEquals(422, unknown.status(), unknown::toString);
        Answer noAddress = podium.post("/api/conferences/" + slug + "/talks/" + talk + "/speakers",
                "{\"firstName\":\"Ohne\",\"lastName\":\"Adresse\"}").asOrganizer().send();
        assertEquals(422, noAddress.status(), noAddress::toString);
        assertEquals("email", noAddress.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Answer removed = podium.call("DELETE", "/api/conferences/" + slug + "/talks/" + talk + "/speakers/" + ole)
                .asOrganizer().send();
        assertEquals(204, removed.status(), removed::toString);
        assertEquals(List.of(jana), speakerIds(slug, talk));
        assertEquals(List.of(ole), speakerIds(slug, other), "still speaks in the other talk");
    }

    @Test
    void onTheTalksPageAnOrganizerCreatesATalkAndInvitesItsFirstSpeaker() throws Exception {
        String slug = conference();
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page page = browser.get("/organizer/conferences/" + slug + "/talks");
        assertEquals(200, page.status(), page.html());
        Browser.Page wrong = browser.submit(page, "talk", Map.of("talk:title", "Ehrenamt stärken",
                "talk:durationMinutes", "dreißig"), "talk:save");
        assertTrue(wrong.html().contains("Bitte geben Sie eine ganze Zahl ein."), wrong.html());
        Browser.Page saved = browser.submit(wrong, "talk", Map.of("talk:title", "Ehrenamt stärken",
                "talk:durationMinutes", "30", "talk:summary", "<em>kurz</em><script>x()</script>", "talk:vip", "true"),
                "talk:save");
        assertTrue(saved.html().contains("„Ehrenamt stärken“ ist gespeichert."), saved.html());
        JsonObject talk = podium.get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray()
                .getJsonObject(0);
        assertEquals("<em>kurz</em>", talk.getString("abstract"));
        assertTrue(talk.getBoolean("vip"));

        String email = "buero.seite." + System.nanoTime() + "@kreis.example";
        Browser.Page invited = browser.submit(saved, "newSpeaker", Map.of("newSpeaker:firstName", "Lena",
                "newSpeaker:lastName", "Vogt", "newSpeaker:office", "Bürgermeisterin", "newSpeaker:email", email),
                "newSpeaker:invite");
        assertTrue(invited.html().contains("Lena Vogt ist eingetragen; die Einladung an " + email), invited.html());
        assertEquals("Einladung als Referent/in: Programmtest",
                TestMail.get().awaitTo(email, 1, Duration.ofSeconds(30)).get(0).getSubject());
        assertEquals("Lena Vogt", AgendaFixtures.talk(slug, talk.getJsonNumber("id").longValue())
                .getJsonArray("speakers").getJsonObject(0).getString("name"));
        assertTrue(browser.get("/organizer/conferences/" + slug + "/talks?lang=en").html().contains("Talks and speakers"));
        assertEquals(403, Browser.signedIn(PodiumServer.SPEAKER).get("/organizer/conferences/" + slug + "/talks").status());
    }

    @Test
    void theSlidesPageOffersEveryTalkForAnInvitationAlsoThoseWithoutSpeakers() {
        String slug = conference();
        bareTalk(slug, "Noch ohne Referentin");
        Browser.Page page = Browser.signedIn(PodiumServer.ORGANIZER).get("/organizer/conferences/" + slug + "/slides");
        assertEquals(200, page.status(), page.html());
        assertTrue(page.html().contains("Noch ohne Referentin"), page.html());
    }

    @Test
    void aPublishedTalkIsCancelledNotDeletedAndShowsAsCancelledInTheNextVersionAndTheExports() {
        String slug = conference();
        long room = AgendaFixtures.room(slug, "Plenarsaal", 200);
        long kept = bareTalk(slug, "Eröffnung");
        long dropped = bareTalk(slug, "Bürgerdialog");
        long draft = bareTalk(slug, "Entwurf");
        AgendaFixtures.place(slug, kept, room, "2027-09-14T09:00:00+02:00");
        AgendaFixtures.place(slug, dropped, room, "2027-09-14T10:00:00+02:00");
        assertEquals(201, podium.post("/api/conferences/" + slug + "/agenda/publish", "{}").asOrganizer().send().status());

        Answer refused = podium.call("DELETE", "/api/conferences/" + slug + "/talks/" + dropped).asOrganizer().send();
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("message").contains("Bürgerdialog"), refused::toString);
        assertEquals(204, podium.call("DELETE", "/api/conferences/" + slug + "/talks/" + draft).asOrganizer().send().status(),
                "never published: may go");
        assertEquals(404, podium.call("DELETE", "/api/conferences/" + slug + "/talks/" + draft).asOrganizer().send().status());

        Answer cancelled = podium.post("/api/conferences/" + slug + "/talks/" + dropped + "/cancel", "{}").asOrganizer().send();
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertTrue(cancelled.json().getBoolean("cancelled"));
        long replacement = bareTalk(slug, "Ersatzprogramm");
        AgendaFixtures.place(slug, replacement, room, "2027-09-14T10:00:00+02:00");

        Answer second = podium.post("/api/conferences/" + slug + "/agenda/publish", "{}").asOrganizer().send();
        assertEquals(201, second.status(), "the cancelled talk's slot is free again: " + second);
        String changelog = second.json().getString("changelog");
        assertTrue(changelog.contains("Entfällt: „Bürgerdialog“"), changelog);
        assertFalse(changelog.contains("Eröffnung"), changelog);

        JsonObject agenda = podium.get("/api/conferences/" + slug + "/agenda").send().json();
        JsonObject entry = agenda.getJsonArray("talks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == dropped).findFirst().orElseThrow();
        assertEquals("CANCELLED", entry.getString("status"));
        String ics = podium.get("/conferences/" + slug + "/agenda.ics").send().body().replace("\r\n ", "");
        int event = ics.indexOf("SUMMARY:Bürgerdialog");
        assertTrue(event > 0, ics);
        String block = ics.substring(ics.lastIndexOf("BEGIN:VEVENT", event), ics.indexOf("END:VEVENT", event));
        assertTrue(block.contains("STATUS:CANCELLED"), block);
        assertFalse(ics.substring(ics.indexOf("SUMMARY:Eröffnung")).split("END:VEVENT")[0].contains("STATUS:CANCELLED"));
        assertTrue(podium.get("/conferences/" + slug + "/schedule.json").send().body().contains("Entfällt: Bürgerdialog"));
        assertTrue(podium.get("/conferences/" + slug + "/schedule.xml").send().body().contains("Entfällt: Bürgerdialog"));

        Answer third = podium.post("/api/conferences/" + slug + "/agenda/publish", "{}").asOrganizer().send();
        assertFalse(third.json().getString("changelog").contains("Bürgerdialog"), "cancelled once, said once");
    }

    private static List<Long> speakerIds(String slug, long talk) {
        return AgendaFixtures.talk(slug, talk).getJsonArray("speakers").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("id").longValue()).toList();
    }
}
