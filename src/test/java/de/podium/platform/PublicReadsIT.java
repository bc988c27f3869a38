package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.AgendaFixtures;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

/**
 * The public reads served from memory: conditional answers, Cache-Control, no database per read, and a change that
 * is served at once.
 */
class PublicReadsIT {

    static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static List<String> reads(String slug) {
        return List.of("/api/conferences/" + slug, "/api/conferences/" + slug + "/agenda",
                "/conferences/" + slug + "/agenda.ics", "/conferences/" + slug + "/schedule.xml",
                "/conferences/" + slug + "/schedule.json", "/conferences/" + slug + "/press.atom");
    }

    @Test
    void everyPublicReadAnswersAnUnchangedCopyWith304AndNoBody() {
        for (String url : reads(PodiumServer.DEMO_SLUG)) {
            Answer first = podium.get(url).send();
            assertEquals(200, first.status(), url + ": " + first);
            String etag = first.header("ETag");
            String lastModified = first.header("Last-Modified");
            assertTrue(etag != null && etag.startsWith("\"") && lastModified != null, url + ": " + first.response().headers());
            assertEquals(CACHE_CONTROL, first.header("Cache-Control"), url);

            Answer byTag = podium.get(url).header("If-None-Match", etag).send();
            assertEquals(304, byTag.status(), url);
            assertEquals(0, byTag.bytes().length, url + ": no body");
            assertEquals(etag, byTag.header("ETag"), url);
            assertEquals(CACHE_CONTROL, byTag.header("Cache-Control"), url + ": a cache keeps the copy for as long again");

            Answer byDate = podium.get(url).header("If-Modified-Since", lastModified).send();
            assertEquals(304, byDate.status(), url);
            assertEquals(0, byDate.bytes().length, url + ": no body");

            assertEquals(200, podium.get(url).header("If-None-Match", "\"other\"").send().status(), url);
            assertEquals(200, podium.get(url).header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").send().status(), url);
        }
    }

    @Test
    void theConferenceIsPreparedPerLanguage() {
        String url = "/api/conferences/" + PodiumServer.DEMO_SLUG;
        Answer german = podium.get(url).language("de").send();
        Answer english = podium.get(url).language("en").send();
        assertEquals("Accept-Language", german.header("Vary"), "caches keep one copy per language");
        assertNotEquals(german.header("ETag"), english.header("ETag"));
        assertEquals(german.body(), podium.get(url).language("de").send().body());
        assertEquals(english.body(), podium.get(url).language("en").send().body());
    }

    @Test
    void repeatedPublicReadsAskNoDatabase() {
        List<String> reads = reads(PodiumServer.DEMO_SLUG);
        reads.forEach(url -> assertEquals(200, podium.get(url).send().status(), url));
        long before = requestQueries();
        for (int i = 0; i < 20; i++) {
            for (String url : reads) {
                Answer read = podium.get(url).send();
                assertEquals(200, read.status(), url);
                assertEquals(304, podium.get(url).header("If-None-Match", read.header("ETag")).send().status(), url);
            }
        }
        assertEquals(before, requestQueries(), "240 public reads asked the database");

        // the count sees queries: a read that is not prepared (the list of conferences) moves it
        assertEquals(200, podium.get("/api/conferences").send().status());
        assertTrue(requestQueries() > before, "the list of conferences is read from the database");
    }

    @Test
    void aCommittedChangeIsServedAtOnce() {
        String slug = "reads-" + System.nanoTime() % 1_000_000_000L;
        String conference = """
                {"slug":"%s","title":"%s","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00",
                 "capacity":null,"doubleOptIn":false,"tracks":[{"code":"WOHNEN","name":"Wohnen"}],
                 "categories":[{"code":"GAST","name":"Gast","capacity":10,"invitationOnly":false,
                                "approvalRequired":false}]}""";
        assertEquals(201, podium.post("/api/conferences", conference.formatted(slug, "Lesetest")).asOrganizer().send().status());
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 50);
        long talk = AgendaFixtures.talk(slug, "Wohnen im Kreis", 30, null, "eva-" + slug + "@example.org");
        AgendaFixtures.place(slug, talk, plenary, "2027-05-10T10:00:00+02:00");
        publish(slug);
        reads(slug).forEach(url -> assertEquals(200, podium.get(url).send().status(), url)); // all prepared

        AgendaFixtures.place(slug, talk, plenary, "2027-05-10T11:00:00+02:00");
        assertEquals(2, publish(slug));
        JsonObject agenda = podium.get("/api/conferences/" + slug + "/agenda").send().json();
        assertEquals(2, agenda.getInt("version"), "the new version at once");
        assertTrue(agenda.getJsonArray("talks").getJsonObject(0).getString("start").startsWith("2027-05-10T11:00"), agenda.toString());
        assertTrue(podium.get("/conferences/" + slug + "/agenda.ics").send().body().contains("DTSTART;TZID=Europe/Berlin:20270510T110000"),
                "the calendar shows the moved talk");

        AgendaFixtures.room(slug, "Forum Neu", 30);
        assertTrue(podium.get("/conferences/" + slug + "/schedule.xml").send().body().contains("Forum Neu"), "a new room in frab");

        assertEquals(200, podium.put("/api/conferences/" + slug, conference.formatted(slug, "Lesetest umbenannt"))
                .asOrganizer().send().status());
        assertEquals("Lesetest umbenannt", podium.get("/api/conferences/" + slug).send().json().getString("title"));
        assertTrue(podium.get("/conferences/" + slug + "/press.atom").send().body().contains("Lesetest umbenannt"));

        assertEquals(201, podium.post("/api/conferences/" + slug + "/press",
                "{\"title\":\"Meldung zum Lesetest\",\"body\":\"Text\",\"publish\":true}").asOrganizer().send().status());
        assertTrue(podium.get("/conferences/" + slug + "/press.atom").send().body().contains("Meldung zum Lesetest"));

        Answer registered = podium.post("/api/conferences/" + slug + "/registrations", """
                {"category":"GAST","title":"","firstName":"Erika","lastName":"Muster","office":"Amt",
                 "organisation":"Kreis","email":"erika-%s@example.org","locale":"de","invitationCode":null,
                 "consent":{"privacyPolicyVersion":"2026-01","listInParticipants":false}}""".formatted(slug)).send();
        assertEquals(201, registered.status(), registered::toString);
        JsonObject category = podium.get("/api/conferences/" + slug).send().json().getJsonArray("categories").getJsonObject(0);
        assertEquals(9, category.getInt("available"), "a taken place shows at once");
    }

    @Test
    void theAgendaPageIsServedToAnonymousVisitorsFromMemoryWithAFreshNonceEachTime() {
        String url = "/conferences/" + PodiumServer.DEMO_SLUG + "/agenda";
        Answer rendered = podium.get(url).send();
        assertEquals(200, rendered.status(), rendered::toString);
        long before = requestQueries();
        Answer first = podium.get(url).send();
        Answer second = podium.get(url).send();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, podium.get(url).send().status());
        }
        assertEquals(before, requestQueries(), "the agenda page asked the database");
        assertEquals(withoutNonce(rendered), withoutNonce(first), "the page as JSF renders it");
        assertTrue(first.body().contains("Masterplan Integration des Werra-Meißner-Kreises"));
        assertEquals(null, first.header("Set-Cookie"), "no session");
        assertEquals("private, no-cache", first.header("Cache-Control"), "shared caches must not keep one nonce for all");
        String nonce = nonce(first);
        if (nonce != null) {
            assertNotEquals(nonce, nonce(second), "every response has its own nonce");
            assertTrue(first.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the policy's nonce");
            assertTrue(!first.body().contains(nonce(rendered)), "not the nonce of the rendering that was kept");
        }
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.equals(second.header("ETag")) && first.header("Last-Modified") != null, first::toString);
        Answer unchanged = podium.get(url).header("If-None-Match", etag).send();
        assertEquals(304, unchanged.status());
        assertEquals(0, unchanged.bytes().length);
        assertEquals(304, podium.get(url).header("If-Modified-Since", first.header("Last-Modified")).send().status());

        String english = podium.get(url).language("en").send().body();
        assertTrue(english.contains("lang=\"en\"") && english.contains("11:00") && !english.contains("11:00 AM"), "a rendering per language");
        String forumB = podium.get(url + "?room=Forum+B").send().body();
        assertTrue(forumB.contains("Forum Sprache") && !forumB.contains("Masterplan Integration"), "a rendering per filter");
        assertEquals(404, podium.get("/conferences/keine-solche-konferenz/agenda").send().status());
    }

    @Test
    void theAgendaPageShowsANewVersionAtOnce() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long room = AgendaFixtures.room(slug, "Plenarsaal", 50);
        long talk = AgendaFixtures.talk(slug, "Erster Vortrag", 30, null, "eva-" + slug + "@example.org");
        AgendaFixtures.place(slug, talk, room, "2027-06-01T10:00:00+02:00");
        publish(slug);
        String url = "/conferences/" + slug + "/agenda";
        podium.get(url).send();
        assertTrue(podium.get(url).send().body().contains("10:00 Uhr"));
        AgendaFixtures.place(slug, talk, room, "2027-06-01T14:00:00+02:00");
        publish(slug);
        String page = podium.get(url).send().body();
        assertTrue(page.contains("14:00 Uhr") && !page.contains("10:00 Uhr"), page);
    }

    private static String nonce(Answer page) {
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'").matcher(String.valueOf(page.header("Content-Security-Policy")));
        return nonce.find() ? nonce.group(1) : null;
    }

    private static String withoutNonce(Answer page) {
        String nonce = nonce(page);
        return nonce == null ? page.body() : page.body().replace(nonce, "NONCE");
    }

    private static int publish(String slug) {
        Answer published = podium.post("/api/conferences/" + slug + "/agenda/publish", "{\"changelog\":\"Lesetest\"}")
                .asOrganizer().send();
        assertEquals(201, published.status(), published::toString);
        return published.json().getInt("version");
    }

    /** podium_db_request_queries of /metrics: queries EclipseLink ran for HTTP requests so far. */
    static long requestQueries() {
        String metrics = podium.get("/metrics").send().body();
        Matcher line = Pattern.compile("(?m)^podium_db_request_queries(?:\\{[^}]*\\})? (\\S+)$").matcher(metrics);
        assertTrue(line.find(), metrics);
        return (long) Double.parseDouble(line.group(1));
    }
}
