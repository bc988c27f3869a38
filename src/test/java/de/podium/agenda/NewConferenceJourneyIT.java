package de.podium.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.TestMail;

/**
 * Issue #19: an organizer runs a new conference from creation to a published agenda in the pages alone, and the
 * talk's first speaker is a new person invited from the talk.
 */
class NewConferenceJourneyIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        TestMail.get();
        podium = PodiumServer.get();
    }

    @Test
    void fromANewConferenceToAPublishedAgendaWithANewSpeakerInvitedFromTheTalk() throws Exception {
        String slug = "neu-" + System.nanoTime() % 1_000_000_000L;
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Map<String, String> conference = new HashMap<>();
        conference.put("conference:slug", slug);
        conference.put("conference:title", "Fachtag Dorfläden");
        conference.put("conference:city", "Fulda");
        conference.put("conference:timeZone", "Europe/Berlin");
        conference.put("conference:startsAt", "12.05.2027 09:00");
        conference.put("conference:endsAt", "12.05.2027 17:00");
        conference.put("conference:capacity", "80");
        conference.put("conference:categories:0:code", "GUEST");
        conference.put("conference:categories:0:name", "Gast");
        conference.put("conference:categories:0:capacity", "80");
        Page created = browser.submit(browser.get("/organizer/conferences/new"), "conference", conference, "conference:save");
        assertEquals(302, created.status(), created.html());

        String agenda = "/organizer/conferences/" + slug + "/agenda";
        Page room = browser.submit(browser.get(agenda), "rooms", Map.of("rooms:name", "Bürgersaal", "rooms:capacity", "80"),
                "rooms:addRoom");
        assertTrue(room.html().contains("Bürgersaal"), room.html());

        Page talks = browser.get("/organizer/conferences/" + slug + "/talks");
        Page talk = browser.submit(talks, "talk", Map.of("talk:title", "Der Laden im Dorf", "talk:durationMinutes", "45",
                "talk:summary", "<p>Wie ein <strong>Dorfladen</strong> trägt</p>"), "talk:save");
        assertTrue(talk.html().contains("„Der Laden im Dorf“ ist gespeichert."), talk.html());
        String email = "laden." + System.nanoTime() + "@dorf.example";
        Page invited = browser.submit(talk, "newSpeaker", Map.of("newSpeaker:title", "Dr.", "newSpeaker:firstName", "Ida",
                "newSpeaker:lastName", "Brenner", "newSpeaker:office", "Ortsvorsteherin", "newSpeaker:organisation",
                "Gemeinde Hilders", "newSpeaker:email", email), "newSpeaker:invite");
        assertTrue(invited.html().contains("Dr. Ida Brenner ist eingetragen"), invited.html());
        String invitation = MailChecks.text(TestMail.get().awaitTo(email, 1, Duration.ofSeconds(30)).get(0));
        assertTrue(invitation.contains("Der Laden im Dorf") && invitation.contains("/speaker/invitation/"), invitation);

        Page editor = browser.get(agenda);
        Map<String, String> place = new HashMap<>();
        place.put("place:talkId", option(editor.html(), "place:talkId", "Der Laden im Dorf"));
        place.put("place:roomId", option(editor.html(), "place:roomId", "Bürgersaal"));
        place.put("place:start", "2027-05-12T10:00");
        Page placed = browser.submit(editor, "place", place, "place:submit");
        assertTrue(placed.html().contains("„Der Laden im Dorf“ ist eingeplant."), placed.html());
        Page published = browser.submit(placed, "publish", Map.of("publish:changelog", "Erster Stand"), "publish:publishButton");
        assertTrue(published.html().contains("Fassung 1 ist veröffentlicht."), published.html());

        JsonObject programme = podium.get("/api/conferences/" + slug + "/agenda").send().json();
        assertEquals(1, programme.getInt("version"), programme::toString);
        JsonObject entry = programme.getJsonArray("talks").getJsonObject(0);
        assertEquals("Der Laden im Dorf", entry.getString("title"));
        assertEquals("2027-05-12T10:00:00+02:00", entry.getString("start"));
        assertEquals("Dr. Ida Brenner", entry.getJsonArray("speakers").getJsonObject(0).getString("name"));
        Page page = new Browser(podium).get("/conferences/" + slug + "/talks/" + entry.getJsonNumber("id").longValue());
        assertTrue(page.html().contains("Wie ein <strong>Dorfladen</strong> trägt"), "the abstract keeps its formatting");
    }

    /** The value of the option of a select whose label contains the text. */
    private static String option(String html, String select, String label) {
        int start = html.indexOf("name=\"" + select + "\"");
        assertTrue(start > 0, select + " missing");
        String options = html.substring(start, html.indexOf("</select>", start));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>")
                .matcher(options);
        while (m.find()) {
            if (m.group(2).contains(label)) {
                return m.group(1);
            }
        }
        throw new AssertionError(label + " not offered in " + select + ": " + options);
    }
}
