package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PdfChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;
import de.podium.testsupport.TestMail;

/** Check-in at the door (issue #19 item 4): short code, search by name, undo, the count and the VIPs. */
class DoorCheckinIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        TestMail.get();
        podium = PodiumServer.get();
    }

    private static String guest(String slug, String first, String last) {
        return RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), first, last, null);
    }

    @Test
    void theShortCodeFromTheMailChecksInInAnyCaseAndASecondScanNamesWhoAndWhen() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", email, "Marta", "Quandt", null),
                "CONFIRMED");
        String shortCode = RegistrationFixtures.column(id, "short_code");
        assertTrue(shortCode.matches("[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}"), shortCode);
        String mail = MailChecks.text(TestMail.get().awaitTo(email, 1, Duration.ofSeconds(30)).get(0));
        assertTrue(mail.contains(shortCode), "the confirmation mail gives the short code: " + mail);
        JsonObject row = podium.get("/api/conferences/" + slug + "/registrations").asOrganizer().send().jsonArray()
                .getJsonObject(0);
        assertEquals(shortCode, row.getString("shortCode"), "the organizer list shows it");
        String token = RegistrationFixtures.column(id, "manage_token");
        assertEquals(shortCode, podium.get("/api/registrations/self/" + token).send().json().getString("shortCode"));

        byte[] badges = podium.get("/api/conferences/" + slug + "/badges.pdf?layout=a6").asOrganizer().send().bytes();
        assertTrue(PdfChecks.text(badges).contains(shortCode), "printed on the badge");
        assertEquals(RegistrationFixtures.column(id, "checkin_code"), PdfChecks.decodeQr(badges, 0), "the QR code still reads");

        String url = "/api/conferences/" + slug + "/checkins";
        Answer checkedIn = podium.post(url, "{\"code\":\"" + shortCode.toLowerCase() + "\",\"outsideWindow\":true}")
                .asOrganizer().send();
        assertEquals(200, checkedIn.status(), checkedIn::toString);
        assertEquals("CHECKED_IN", checkedIn.json().getString("status"));
        assertEquals("Dr. Marta Quandt", checkedIn.json().getString("name"));
        assertEquals("GUEST", checkedIn.json().getString("category"));
        Answer again = podium.post(url, "{\"code\":\"" + RegistrationFixtures.column(id, "checkin_code")
                + "\",\"outsideWindow\":true}").asOrganizer().send();
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.json().getString("message").matches("Bereits eingecheckt um \\d\\d:\\d\\d Uhr: Dr\\. Marta Quandt, GUEST"),
                again.json().getString("message"));
        assertEquals(404, podium.post(url, "{\"code\":\"ABCDEFGH\",\"outsideWindow\":true}").asOrganizer().send().status());
    }

    @Test
    void theDoorFindsPeopleByNameUndoesACheckInAndCountsTheVips() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false),
                RegistrationFixtures.category("MINISTER", 5, true, false));
        long anna = RegistrationFixtures.registered(slug, guest(slug, "Anna", "Oberländer"), "CONFIRMED");
        RegistrationFixtures.registered(slug, guest(slug, "Bodo", "Unterberg"), "CONFIRMED");
        Answer invitation = podium.post("/api/conferences/" + slug + "/invitations",
                "{\"email\":\"ministerin." + System.nanoTime() + "@land.example\",\"category\":\"MINISTER\"}").asOrganizer().send();
        assertEquals(201, invitation.status(), invitation::toString);
        long minister = RegistrationFixtures.registered(slug, RegistrationFixtures.person("MINISTER", RegistrationFixtures.email(),
                "Carla", "Rosenhain", invitation.json().getString("code")), "CONFIRMED");
        String url = "/api/conferences/" + slug + "/checkins";

        List<JsonObject> found = podium.get(url + "/search?q=oberl").asOrganizer().send().jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, found.size(), found::toString);
        assertEquals("Dr. Anna Oberländer", found.get(0).getString("name"));
        assertEquals("Werra-Meißner-Kreis", found.get(0).getString("organisation"));
        assertEquals("CONFIRMED", found.get(0).getString("status"));
        assertEquals(3, podium.get(url + "/search?q=werra-mei").asOrganizer().send().jsonArray().size(), "by organisation");
        assertEquals(0, podium.get(url + "/search?q=%25%25").asOrganizer().send().jsonArray().size(), "a % is no wildcard");
        assertEquals(403, podium.get(url + "/search?q=oberl").asSpeaker().send().status());

        assertEquals(Map.of("checkedIn", 0, "expected", 3), count(url));
        Answer note = podium.put(url + "/" + minister + "/note", "{\"note\":\"Ministerin, Begleitung durch Protokoll\"}")
                .asOrganizer().send();
        assertEquals(200, note.status(), note::toString);
        Answer vipIn = podium.post(url, "{\"code\":\"" + RegistrationFixtures.column(minister, "short_code")
                + "\",\"outsideWindow\":true}").asOrganizer().send();
        assertEquals("VIP: Ministerin, Begleitung durch Protokoll", vipIn.json().getString("note"));
        List<JsonObject> vips = podium.get(url + "/vips").asOrganizer().send().jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, vips.size(), vips::toString);
        assertFalse(vips.get(0).isNull("checkedInAt"), "with the arrival time");

        assertEquals(200, podium.post(url, "{\"code\":\"" + RegistrationFixtures.column(anna, "short_code")
                + "\",\"outsideWindow\":true}").asOrganizer().send().status());
        assertEquals(Map.of("checkedIn", 2, "expected", 3), count(url));
        Answer undone = podium.call("DELETE", url + "/" + anna).asOrganizer().send();
        assertEquals(200, undone.status(), undone::toString);
        assertEquals("CONFIRMED", undone.json().getString("status"));
        assertEquals("CONFIRMED", RegistrationFixtures.column(anna, "status"));
        assertEquals(Map.of("checkedIn", 1, "expected", 3), count(url));
        assertEquals(409, podium.call("DELETE", url + "/" + anna).asOrganizer().send().status(), "not checked in");
    }

    @Test
    void onTheCheckinPageTheDoorFindsAGuestByNameWithoutJavaScript() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        RegistrationFixtures.registered(slug, guest(slug, "Dora", "Falkenstein"), "CONFIRMED");
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page page = browser.get("/organizer/conferences/" + slug + "/checkin");
        assertEquals(200, page.status(), page.html());
        assertTrue(page.html().contains("0 / 1"), "the count");
        Browser.Page results = browser.submit(page, "search", Map.of("search:q", "falken"), "search:find");
        assertTrue(results.html().contains("Dr. Dora Falkenstein"), results.html());
        String button = firstButtonNamed(results.html(), "Einchecken: Dr. Dora Falkenstein");
        Map<String, String> fields = new java.util.HashMap<>(results.fields("search"));
        fields.put(button, "Einchecken");
        fields.put("search:outsideWindow", "true");
        Browser.Page done = browser.post(results.action("search"), fields);
        assertEquals(200, done.status(), done.html());
        assertTrue(done.html().contains("1 / 1"), done.html());
    }

    private static String firstButtonNamed(String html, String label) {
        int at = html.indexOf("aria-label=\"" + label + "\"");
        assertTrue(at > 0, html);
        int input = html.lastIndexOf("<input", at);
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(html.substring(input, at + 200));
        assertTrue(name.find());
        return name.group(1);
    }

    private static Map<String, Integer> count(String url) {
        JsonObject count = podium.get(url + "/count").asOrganizer().send().json();
        return Map.of("checkedIn", count.getInt("checkedIn"), "expected", count.getInt("expected"));
    }
}
