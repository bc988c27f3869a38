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
        fields.put("conference:startsAt_input", "12.05.2027 09:30");
        fields.put("conference:endsAt_input", "12.05.2027 17:00");
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
        fields.put("conference:startsAt_input", "2027-05-12 09:30");
        fields.put("conference:endsAt_input", "2027-05-12 17:00");
        Page saved = browser.submit(form, "conference", fields, "conference:save");
        assertEquals(302, saved.status(), saved.html());
        assertEquals("2027-05-12T09:30:00+02:00",
                podium.get("/api/conferences/fachtag-ehrenamt-en-2027").send().json().getString("startsAt"));
        Page edit = browser.open(saved.location());
        assertTrue(edit.html().contains("value=\"2027-05-12 09:30\""), "shown again as typed");
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
}
