package de.podium.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;

class OrganizerPagesIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    private static Map<String, String> conference(String slug) {
        Map<String, String> fields = new HashMap<>();
        fields.put("conference:slug", slug);
        fields.put("conference:title", "Ehrenamt stärken – Fachtag der Landkreise");
        fields.put("conference:city", "Kassel");
        fields.put("conference:timeZone", "Europe/Berlin");
        fields.put("conference:startsAt", "12.05.2027 09:30");
        fields.put("conference:endsAt", "12.05.2027 17:00");
        fields.put("conference:capacity", "80");
        fields.put("conference:categories:0:code", "GUEST");
        fields.put("conference:categories:0:name", "Gast");
        fields.put("conference:categories:0:capacity", "80");
        return fields;
    }

    @Test
    void organizerCreatesAConferenceThroughTheForm() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page form = browser.get("/organizer/conferences/new");
        assertEquals(200, form.status(), form.html());
        Page saved = browser.submit(form, "conference", conference("fachtag-ehrenamt-2027"), "conference:save");
        assertEquals(302, saved.status(), saved.html());
        assertTrue(saved.location().endsWith("/organizer/conferences/fachtag-ehrenamt-2027"), saved.location());
        assertTrue(browser.open(saved.location()).html().contains("wurde gespeichert"));

        JsonObject stored = podium.get("/api/conferences/fachtag-ehrenamt-2027").send().json();
        assertEquals("Ehrenamt stärken – Fachtag der Landkreise", stored.getString("title"));
        assertEquals("2027-05-12T09:30:00+02:00", stored.getString("startsAt"));
        assertEquals("GUEST", stored.getJsonArray("categories").getJsonObject(0).getString("code"));
        assertTrue(browser.get("/organizer/").html().contains("Ehrenamt stärken"), "listed for its organizer");
    }

    @Test
    void inEnglishDatesAreTypedYearFirst() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page form = browser.get("/organizer/conferences/new?lang=en");
        assertEquals(200, form.status(), form.html());
        Map<String, String> fields = conference("fachtag-ehrenamt-en-2027");
        fields.put("conference:startsAt", "2027-05-12 09:30");
        fields.put("conference:endsAt", "2027-05-12 17:00");
        Page saved = browser.submit(form, "conference", fields, "conference:save");
        assertEquals(302, saved.status(), saved.html());
        assertEquals("2027-05-12T09:30:00+02:00",
                podium.get("/api/conferences/fachtag-ehrenamt-en-2027").send().json().getString("startsAt"));
        Page edit = browser.open(saved.location());
        assertTrue(edit.html().contains("value=\"2027-05-12 09:30\""), "shown again as typed");
    }

    /** Issue #23: dates typed as a keyboard user types them, one-digit hours too; the help shows the conference's own date. */
    @Test
    void datesAreTypedInThePagesFormatWithOrWithoutLeadingZero() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page form = browser.get("/organizer/conferences/new");
        Map<String, String> fields = conference("fachtag-getippt-2027");
        fields.put("conference:startsAt", "3.11.2027 9:05");
        fields.put("conference:endsAt", "03.11.2027 16:30");
        Page saved = browser.submit(form, "conference", fields, "conference:save");
        assertEquals(302, saved.status(), saved.html());
        JsonObject stored = podium.get("/api/conferences/fachtag-getippt-2027").send().json();
        assertEquals("2027-11-03T09:05:00+01:00", stored.getString("startsAt"));
        assertEquals("2027-11-03T16:30:00+01:00", stored.getString("endsAt"));
        Page edit = browser.open(saved.location());
        assertTrue(edit.html().contains("value=\"03.11.2027 09:05\""), "shown again in the page's format");
        assertTrue(edit.html().contains("z. B. 03.11.2027 09:05"), "the help names the conference's own start");
        assertFalse(edit.html().matches("(?s).*\\d{2}\\.\\d{2}\\.2016.*"), "no example of the demo conference");
    }

    @Test
    void startEqualToEndIsRefusedNextToTheEndField() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page form = browser.get("/organizer/conferences/new");
        Map<String, String> fields = conference("fachtag-ohne-dauer-2027");
        fields.put("conference:endsAt", "12.05.2027 09:30");
        Page answer = browser.submit(form, "conference", fields, "conference:save");
        assertEquals(200, answer.status());
        assertTrue(answer.html().matches("(?s).*id=\"conference:endsAt-error\"[^>]*>[^<]*Das Ende muss nach dem Beginn liegen.*"),
                "message next to the end field: " + answer.html());
        assertEquals(404, podium.get("/api/conferences/fachtag-ohne-dauer-2027").send().status());
    }

    @Test
    void aDateThatIsNoDateIsRefusedWithAnExampleInThePagesFormat() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page form = browser.get("/organizer/conferences/new?lang=en");
        Map<String, String> fields = conference("fachtag-falsch-2027");
        fields.put("conference:startsAt", "2027-13-12 09:30");
        Page answer = browser.submit(form, "conference", fields, "conference:save");
        assertEquals(200, answer.status());
        assertTrue(answer.html().matches("(?s).*id=\"conference:startsAt-error\"[^>]*>Please type date and time like this: "
                + "\\d{4}-\\d{2}-\\d{2} 09:00.*"), "message next to the start field: " + answer.html());
        assertTrue(answer.html().contains("value=\"2027-13-12 09:30\""), "what was typed stays in the field");
        assertEquals(404, podium.get("/api/conferences/fachtag-falsch-2027").send().status());
    }

    @Test
    void invalidInputIsShownNextToTheFieldAndNothingIsStored() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page form = browser.get("/organizer/conferences/new");
        Map<String, String> fields = conference("ungueltig-2027");
        fields.put("conference:title", "");
        fields.put("conference:categories:0:code", "klein");
        Page answer = browser.submit(form, "conference", fields, "conference:save");
        assertEquals(200, answer.status());
        assertTrue(answer.html().contains("Bitte prüfen Sie die markierten Angaben."), answer.html());
        assertTrue(answer.html().contains("id=\"conference:title-error\""), "message next to the title");
        assertTrue(answer.html().contains("Nur Großbuchstaben, Ziffern und Unterstriche"), "category code message");
        assertEquals(404, podium.get("/api/conferences/ungueltig-2027").send().status());
    }

    @Test
    void removingACategoryThatSomeoneRegisteredInIsRefusedNextToTheCategories() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Map<String, String> fields = conference("fachtag-belegt-2027");
        fields.put("conference:categories:1:code", "PRESS");
        fields.put("conference:categories:1:name", "Presse");
        Page form = browser.submit(browser.get("/organizer/conferences/new"), "conference", Map.of(), "conference:addCategory");
        Page saved = browser.submit(form, "conference", fields, "conference:save");
        assertEquals(302, saved.status(), saved.html());
        assertEquals(201, podium.post("/api/conferences/fachtag-belegt-2027/registrations", """
                {"category":"PRESS","firstName":"Petra","lastName":"Presse","email":"petra.presse@example.org",
                 "locale":"de","consent":{"privacyPolicyVersion":"2026-01","listInParticipants":false}}
                """).send().status());

        Page edit = browser.get("/organizer/conferences/fachtag-belegt-2027");
        Page withoutPress = browser.submit(edit, "conference", Map.of(), "conference:categories:1:remove");
        assertFalse(withoutPress.html().contains("value=\"PRESS\""), "the row is gone from the form");
        Page answer = browser.submit(withoutPress, "conference", Map.of(), "conference:save");
        assertEquals(200, answer.status());
        assertTrue(answer.html().matches("(?s).*Die Kategorie „Presse“ kann nicht entfernt werden, weil Anmeldungen oder "
                + "Einladungen zu ihr gehören.*<div class=\"card\">.*"), "message above the categories: " + answer.html());
        assertEquals(2, podium.get("/api/conferences/fachtag-belegt-2027").send().json().getJsonArray("categories").size());
    }

    @Test
    void formPostWithoutViewStateChangesNothing() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page form = browser.get("/organizer/conferences/" + PodiumServer.DEMO_SLUG);
        Map<String, String> fields = form.fields("conference");
        fields.put("conference:title", "Gekapert");
        fields.put("jakarta.faces.ViewState", "forged-state");
        fields.put("conference:save", "x");
        Page answer = browser.post(form.action("conference"), fields);
        assertFalse(answer.status() == 302, "a forged form must not be accepted");
        assertEquals("Integration von Flüchtlingen im ländlichen Raum",
                podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG).send().json().getString("title"));
    }

    @Test
    void organizerPublishesAPressReleaseThatAppearsOnThePressPageAndInTheFeed() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page page = browser.get("/organizer/conferences/" + PodiumServer.DEMO_SLUG + "/press");
        assertEquals(200, page.status(), page.html());
        Map<String, String> fields = new HashMap<>();
        fields.put("press:title", "Anmeldung für Landräte geöffnet");
        fields.put("press:body", "Ab sofort können sich Landrätinnen & Landräte <anmelden>.");
        fields.put("press:source", "Deutscher Landkreistag");
        fields.put("press:published", "on");
        Page saved = browser.submit(page, "press", fields, "press:save");
        assertEquals(200, saved.status());
        assertTrue(saved.html().contains("Die Pressemeldung wurde gespeichert."), saved.html());

        String press = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/press").send().body();
        assertTrue(press.contains("Anmeldung für Landräte geöffnet"));
        assertTrue(press.contains("Landrätinnen &amp; Landräte &lt;anmelden&gt;"), "text is escaped");
        String feed = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/press.atom").send().body();
        assertTrue(feed.contains("Anmeldung für Landräte geöffnet"));
    }

    @Test
    void speakerCannotOpenTheConferenceEditor() {
        Browser speaker = Browser.signedIn(PodiumServer.SPEAKER);
        assertEquals(403, speaker.get("/organizer/conferences/" + PodiumServer.DEMO_SLUG).status());
    }

    @Test
    void unknownConferencesAre404AndOthersConferences403OnEveryBackOfficePage() {
        Browser organizer = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser speaker = Browser.signedIn(PodiumServer.SPEAKER);
        for (String page : java.util.List.of("", "/agenda", "/slides", "/talks", "/documents", "/press", "/questions", "/mail",
                "/outbox", "/mail-texts", "/dashboard")) {
            assertEquals(404, organizer.get("/organizer/conferences/no-such-conference" + page).status(), page);
            assertEquals(403, speaker.get("/organizer/conferences/" + PodiumServer.DEMO_SLUG + page).status(), page);
        }
        for (String page : java.util.List.of("/profile", "/slides")) {
            assertEquals(404, speaker.get("/speaker/conferences/no-such-conference" + page).status(), page);
        }
    }
}
