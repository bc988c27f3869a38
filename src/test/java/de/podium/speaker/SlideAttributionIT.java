package de.podium.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.SlideFixtures;
import de.podium.testsupport.SpeakerInvites;
import de.podium.testsupport.TestMail;

/** Slide versions name their uploader; a co-speaker confirms before replacing another's; the organizer releases one. */
class SlideAttributionIT {

    static PodiumServer podium;
    static final String PASSWORD = "Werra-Meissner-2031";

    @BeforeAll
    static void boot() {
        TestMail.get();
        podium = PodiumServer.get();
    }

    @Test
    void aCoSpeakerIsToldWhoseVersionTheyReplaceAndTheOrganizerReleasesOne() throws Exception {
        SpeakerInvites.Invited first = SpeakerInvites.invite("Gemeinsam vortragen", SpeakerChecks.unique("erste"));
        String second = SpeakerChecks.unique("zweite");
        Answer invited = podium.post("/api/conferences/" + first.slug() + "/talks/" + first.talk() + "/speaker-invitations",
                "{\"email\":\"" + second + "\",\"locale\":\"de\",\"firstName\":\"Bernd\",\"lastName\":\"Koch\"}")
                .asOrganizer().send();
        assertEquals(201, invited.status(), invited::toString);
        Browser firstBrowser = accept(first.email());
        accept(second);
        String base = "/api/conferences/" + first.slug() + "/talks/" + first.talk() + "/slides";

        assertEquals(201, upload(base, first.email(), PASSWORD).status());
        Answer refused = upload(base, second, PASSWORD);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("overwrite_other", refused.json().getString("error"));
        assertTrue(refused.json().getString("message").contains(first.email()), refused::toString);
        assertEquals(1, versions(base).size(), "nothing stored before confirming");

        Answer confirmed = upload(base + "?confirm=true", second, PASSWORD);
        assertEquals(201, confirmed.status(), confirmed::toString);
        assertEquals(second, confirmed.json().getString("uploadedBy"));
        assertEquals(201, upload(base, second, PASSWORD).status(), "over one's own version: no question");
        assertEquals(201, upload(base, PodiumServer.ORGANIZER, PodiumServer.DEMO_PASSWORD).status(), "organizers replace freely");
        List<String> uploaders = versions(base).stream().map(v -> v.getString("uploadedBy")).toList();
        assertEquals(List.of(PodiumServer.ORGANIZER, second, second, first.email()), uploaders);

        Page page = firstBrowser.get("/speaker/conferences/" + first.slug() + "/slides?talk=" + first.talk());
        assertTrue(page.html().contains("Die neueste Fassung stammt von einer anderen Person"), page.html());
        assertTrue(page.html().contains(second), "each version names its uploader");

        assertEquals(403, podium.put(base + "/released", "{\"version\":1}").as(second, PASSWORD).send().status());
        assertEquals(422, podium.put(base + "/released", "{\"version\":99}").asOrganizer().send().status());
        Answer released = podium.put(base + "/released", "{\"version\":2}").asOrganizer().send();
        assertEquals(200, released.status(), released::toString);
        assertEquals(List.of(false, false, true, false), versions(base).stream().map(v -> v.getBoolean("released")).toList());
        assertEquals(200, podium.put(base + "/released", "{\"version\":1}").asOrganizer().send().status());
        assertEquals(List.of(false, false, false, true), versions(base).stream().map(v -> v.getBoolean("released")).toList(),
                "one released version at a time");
        Page organizerPage = Browser.signedIn(PodiumServer.ORGANIZER).get("/organizer/conferences/" + first.slug() + "/slides");
        assertTrue(organizerPage.html().contains("freigegeben für den Tagungsband"), organizerPage.html());
        assertFalse(organizerPage.html().contains("Die neueste Fassung stammt"), "organizers are not asked");
    }

    private static Browser accept(String email) throws Exception {
        String link = SpeakerInvites.invitationLink(email);
        Browser browser = new Browser(podium);
        Page page = browser.get(link);
        Page accepted = browser.submit(page, "invitation",
                Map.of("invitation:password", PASSWORD, "invitation:passwordRepeated", PASSWORD), "invitation:accept");
        assertEquals(302, accepted.status(), accepted.html());
        Page signedIn = browser.submit(browser.get("/login"), "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertEquals(302, signedIn.status());
        return browser;
    }

    private static Answer upload(String path, String user, String password) {
        String boundary = "b" + System.nanoTime();
        return podium.call("PUT", path).bytes("multipart/form-data; boundary=" + boundary,
                SlideFixtures.multipart(boundary, "file", "folien.pdf", "application/pdf", SlideFixtures.pdf(), Map.of()))
                .as(user, password).send();
    }

    private static List<JsonObject> versions(String base) {
        return podium.get(base + "/versions").asOrganizer().send().jsonArray().getValuesAs(JsonObject.class);
    }
}
