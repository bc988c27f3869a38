package de.podium.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.SlideFixtures;
import de.podium.testsupport.SpeakerInvites;
import de.podium.testsupport.TestMail;

/**
 * The public speaker pages (API.md "Protocol"): the list of the published programme's speakers, one page per
 * speaker with sanitised bio and photo, links from the agenda and talk pages; nobody else is shown.
 */
class PublicSpeakerPagesIT {

    static PodiumServer podium;
    static final String PASSWORD = "Werra-Meissner-2031";

    @BeforeAll
    static void boot() {
        TestMail.get();
        podium = PodiumServer.get();
    }

    @Test
    void demoListShowsTheSpeakersOfThePublishedProgrammeWithOfficeSortedByLastName() {
        String demo = "/conferences/" + PodiumServer.DEMO_SLUG;
        Answer list = podium.get(demo + "/speakers").send();
        assertEquals(200, list.status(), list::toString);
        String html = list.body();
        assertTrue(html.contains("<h1>Mitwirkende</h1>"), html);
        assertTrue(html.contains("Stefan Reuß"), html);
        assertTrue(html.contains("Landrat des Werra-Meißner-Kreises"), "office: " + html);
        assertTrue(html.indexOf("Stefan Reuß") < html.indexOf("Reinhard Sager")
                && html.indexOf("Reinhard Sager") < html.indexOf("Projektteam Viventure"), "by last name: " + html);
        Matcher link = Pattern.compile("href=\"[^\"]*" + Pattern.quote(demo) + "/speakers/([0-9]+)\">Stefan Reuß</a>").matcher(html);
        assertTrue(link.find(), html);

        String agenda = podium.get(demo + "/agenda").send().body();
        assertTrue(agenda.contains(demo + "/speakers/" + link.group(1) + "\">Stefan Reuß</a>, Landrat des Werra-Meißner-Kreises"),
                "the agenda links the name and shows the office: " + agenda);
        Answer page = podium.get(demo + "/speakers/" + link.group(1)).send();
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("<h1>Stefan Reuß</h1>"), page.body());
        assertTrue(page.body().contains("Masterplan Integration des Werra-Meißner-Kreises"), "the published talk");
        assertTrue(page.body().contains("Plenarsaal"), "its room");

        String english = podium.get(demo + "/speakers?lang=en").send().body();
        assertTrue(english.contains("<h1>Speakers</h1>"), english);
        String englishPage = podium.get(demo + "/speakers/" + link.group(1) + "?lang=en").send().body();
        assertTrue(englishPage.contains("Talks in the programme"), englishPage);
        assertTrue(englishPage.contains("Office"), englishPage);
        assertEquals(404, podium.get(demo + "/speakers/999999999").send().status(), "unknown speaker");
        assertEquals(404, podium.get("/conferences/gibt-es-nicht/speakers").send().status(), "unknown conference");
    }

    @Test
    void speakerPageShowsSanitisedBioAndPhotoOnlyOnceTheTalkIsPublished() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Integrationslotsen im Landkreis", SpeakerChecks.unique("seite"));
        SpeakerPortalIT.podium = podium;
        SpeakerPortalIT.newSpeaker(invited);
        String bio = "<p>Landrätin <strong>seit 2010</strong><script>alert('x')</script>"
                + "<img src=\"x\" onerror=\"alert(2)\"></p>";
        String profile = jakarta.json.Json.createObjectBuilder().add("title", "Dr.").add("firstName", "Anna")
                .add("lastName", "Weiß").add("office", "Amt für Integration").add("organisation", "Werra-Meißner-Kreis")
                .add("bioDe", bio).add("bioEn", "<p><strong>District</strong> chief</p>").build().toString();
        assertEquals(200, podium.put("/api/conferences/" + invited.slug() + "/speakers/me", profile)
                .as(invited.email(), PASSWORD).send().status());
        Answer photo = podium.call("PUT", "/api/conferences/" + invited.slug() + "/speakers/me/photo")
                .bytes("multipart/form-data; boundary=b", SlideFixtures.multipart("b", "file", "portrait.jpg", "image/jpeg",
                        SlideFixtures.jpegWithExif(800, 1200), Map.of()))
                .as(invited.email(), PASSWORD).send();
        assertEquals(200, photo.status(), photo::toString);
        long id = speakerIdOf(invited.email());
        String base = "/conferences/" + invited.slug() + "/speakers";

        assertFalse(podium.get(base).send().body().contains("Weiß"), "not published yet: not listed");
        assertEquals(404, podium.get(base + "/" + id).send().status(), "not published yet: no page");
        assertEquals(404, podium.get(base + "/" + id + "/photo").send().status(), "not published yet: no photo");

        assertEquals(200, podium.put("/api/speaker/talks/" + invited.talk() + "/answer", "{\"answer\":\"ACCEPTED\"}")
                .as(invited.email(), PASSWORD).send().status());
        Answer published = podium.post("/api/conferences/" + invited.slug() + "/agenda/publish",
                "{\"changelog\":\"Erste Fassung\"}").asOrganizer().send();
        assertEquals(201, published.status(), published::toString);

        String list = podium.get(base).send().body();
        assertTrue(list.contains("Dr. Anna Weiß"), list);
        assertTrue(list.contains("Amt für Integration"), list);
        String withoutConsent = podium.get(base + "/" + id).send().body();
        assertTrue(withoutConsent.contains("<h1>Dr. Anna Weiß</h1>"), "name and talks are in the programme anyway");
        assertFalse(withoutConsent.contains("seit 2010"), "no bio before she agreed (issue #20): " + withoutConsent);
        assertEquals(404, podium.get(base + "/" + id + "/photo").send().status(), "no photo before she agreed");
        String consent = jakarta.json.Json.createObjectBuilder(jakarta.json.Json.createReader(new java.io.StringReader(profile))
                .readObject()).add("publicProfile", true).build().toString();
        assertEquals(200, podium.put("/api/conferences/" + invited.slug() + "/speakers/me", consent)
                .as(invited.email(), PASSWORD).send().status());
        assertTrue(podium.get("/api/conferences/" + invited.slug() + "/speakers/me").as(invited.email(), PASSWORD).send()
                .json().getBoolean("publicProfile"));
        Answer page = podium.get(base + "/" + id).send();
        assertEquals(200, page.status(), page::toString);
        String html = page.body();
        assertTrue(html.contains("<h1>Dr. Anna Weiß</h1>"), html);
        assertTrue(html.contains("Werra-Meißner-Kreis"), "organisation");
        assertTrue(html.contains("Landrätin <strong>seit 2010</strong>"), "the bio as formatted: " + html);
        assertFalse(html.contains("alert("), "no script from the bio: " + html);
        assertFalse(html.contains("onerror"), html);
        assertTrue(html.contains("src=\"" + base + "/" + id + "/photo\" alt=\"Dr. Anna Weiß\""), "photo with the name as alt text: " + html);
        assertTrue(html.contains("/conferences/" + invited.slug() + "/talks/" + invited.talk() + "\""), "links the talk");
        assertTrue(html.contains("Kreistagssaal"), "the room");
        Answer served = podium.get(base + "/" + id + "/photo").send();
        assertEquals(200, served.status());
        assertEquals("image/jpeg", served.header("Content-Type"));

        String english = podium.get(base + "/" + id + "?lang=en").send().body();
        assertTrue(english.contains("<strong>District</strong> chief"), "the English bio: " + english);
        assertTrue(english.contains("About"), english);
        assertTrue(podium.get("/conferences/" + invited.slug() + "/talks/" + invited.talk()).send().body()
                .contains(base + "/" + id + "\">Dr. Anna Weiß</a>"), "the talk page links the speaker");
    }

    @Test
    void aSpeakerWhoDeclinesIsNoLongerShownNorLinkedFromTheAgenda() throws Exception {
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Sprachkurse im ländlichen Raum", SpeakerChecks.unique("absage"));
        SpeakerPortalIT.podium = podium;
        Browser browser = SpeakerPortalIT.newSpeaker(invited);
        assertEquals(201, podium.post("/api/conferences/" + invited.slug() + "/agenda/publish",
                "{\"changelog\":\"Erste Fassung\"}").asOrganizer().send().status());
        String base = "/conferences/" + invited.slug() + "/speakers";
        long id = speakerIdOf(invited.email());
        String agenda = "/conferences/" + invited.slug() + "/agenda";
        assertTrue(podium.get(agenda).send().body().contains(base + "/" + id + "\">Dr. Anna Weiß</a>"),
                "placed by the organizer and invitation redeemed: shown and linked");

        assertEquals(200, podium.put("/api/speaker/talks/" + invited.talk() + "/answer", "{\"answer\":\"DECLINED\"}")
                .as(invited.email(), PASSWORD).send().status());
        Page list = browser.get(base);
        assertFalse(list.html().contains("Weiß"), list.html());
        assertTrue(list.html().contains("Eva Schäfer"), "the speaker the organizer placed is shown: " + list.html());
        assertEquals(404, podium.get(base + "/" + id).send().status());
        String after = podium.get(agenda).send().body();
        assertTrue(after.contains("Dr. Anna Weiß"), "the published snapshot still names her: " + after);
        assertFalse(after.contains(base + "/" + id + "\""), "but the agenda (prepared once per change) no longer links her");
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
}
