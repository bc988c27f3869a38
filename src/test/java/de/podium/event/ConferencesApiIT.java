package de.podium.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

class ConferencesApiIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static String conference(String slug) {
        return """
                {"slug":"%s","title":"Digitale Verwaltung im Landkreis","city":"Hannover",
                 "timeZone":"Europe/Berlin","startsAt":"2027-03-10T09:00:00+01:00","endsAt":"2027-03-11T16:00:00+01:00",
                 "capacity":120,"doubleOptIn":true,
                 "categories":[{"code":"LANDRAT","name":"Landrat/Landrätin","capacity":40,"invitationOnly":true},
                               {"code":"PRESS","name":"Presse","capacity":10,"approvalRequired":true}],
                 "tracks":[{"code":"ONLINE","name":"Onlinezugang"}]}
                """.formatted(slug);
    }

    @Test
    void listsTheDemoConference() {
        Answer answer = podium.get("/api/conferences").send();
        assertEquals(200, answer.status(), answer::toString);
        JsonObject demo = answer.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("slug").equals(PodiumServer.DEMO_SLUG)).findFirst().orElseThrow();
        assertEquals("Integration von Flüchtlingen im ländlichen Raum", demo.getString("title"));
        assertEquals("2016-12-16T10:00:00+01:00", demo.getString("startsAt"));
        assertEquals("Berlin", demo.getString("city"));
    }

    @Test
    void demoConferenceHasTheCategoriesAndTracksOfTheContract() {
        JsonObject demo = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG).send().json();
        List<String> categories = demo.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code")).toList();
        assertEquals(List.of("LANDRAT", "MINISTER_BUND", "MINISTER_LAND", "INTEGRATION_OFFICER", "ADMINISTRATION",
                "PRESS", "GUEST", "SPEAKER"), categories.subList(0, 8), "the contract's categories, in its order");
        assertEquals(List.of("COMPANION"), categories.subList(8, categories.size()),
                "plus the companions' category of issue #20, flagged as such");
        assertTrue(demo.getJsonArray("categories").getJsonObject(8).getBoolean("companion"));
        List<String> tracks = demo.getJsonArray("tracks").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("code")).toList();
        assertEquals(List.of("WOHNEN", "SPRACHE", "ARBEIT", "BILDUNG", "EHRENAMT", "ZUSAMMENLEBEN"), tracks);
        assertEquals("Europe/Berlin", demo.getString("timeZone"));
        assertEquals("Deutscher Landkreistag", demo.getString("organizer"));
        assertTrue(demo.getBoolean("doubleOptIn"));
        JsonObject press = demo.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("PRESS")).findFirst().orElseThrow();
        assertTrue(press.getBoolean("approvalRequired"));
    }

    @Test
    void categoryNamesFollowTheRequestLanguage() {
        JsonObject english = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG).language("en").send().json();
        assertEquals("District chief", english.getJsonArray("categories").getJsonObject(0).getString("name"));
        JsonObject german = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG).language("de").send().json();
        assertEquals("Landrat/Landrätin", german.getJsonArray("categories").getJsonObject(0).getString("name"));
    }

    @Test
    void unknownConferenceIs404WithJsonBody() {
        Answer answer = podium.get("/api/conferences/gibt-es-nicht").send();
        assertEquals(404, answer.status());
        assertEquals("not_found", answer.json().getString("error"));
        assertEquals(404, answer.json().getInt("status"));
    }

    @Test
    void unknownApiPathIs404Json() {
        Answer answer = podium.get("/api/nothing-here").send();
        assertEquals(404, answer.status());
        assertEquals("not_found", answer.json().getString("error"));
    }

    @Test
    void creatingWithoutSigningInIs401() {
        Answer answer = podium.post("/api/conferences", conference("ohne-anmeldung")).send();
        assertEquals(401, answer.status(), answer::toString);
        assertEquals("unauthorized", answer.json().getString("error"));
        assertNotNull(answer.header("WWW-Authenticate"));
    }

    @Test
    void wrongPasswordIs401() {
        Answer answer = podium.post("/api/conferences", conference("falsches-passwort"))
                .as(PodiumServer.ORGANIZER, "wrong").send();
        assertEquals(401, answer.status(), answer::toString);
    }

    @Test
    void speakerMayNotCreateConferences() {
        Answer answer = podium.post("/api/conferences", conference("als-referent")).asSpeaker().send();
        assertEquals(403, answer.status(), answer::toString);
        assertEquals("forbidden", answer.json().getString("error"));
        assertEquals(404, podium.get("/api/conferences/als-referent").send().status());
    }

    @Test
    void organizerCreatesConferenceAndBecomesItsOrganizer() {
        Answer created = podium.post("/api/conferences", conference("digitale-verwaltung-2027")).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/api/conferences/digitale-verwaltung-2027"));

        JsonObject stored = podium.get("/api/conferences/digitale-verwaltung-2027").send().json();
        assertEquals("Digitale Verwaltung im Landkreis", stored.getString("title"));
        assertEquals("2027-03-10T09:00:00+01:00", stored.getString("startsAt"));
        assertEquals(120, stored.getInt("capacity"));
        assertEquals(2, stored.getJsonArray("categories").size());
        assertTrue(stored.getJsonArray("categories").getJsonObject(0).getBoolean("invitationOnly"));

        String changed = conference("digitale-verwaltung-2027").replace("\"Hannover\"", "\"Celle\"");
        Answer updated = podium.put("/api/conferences/digitale-verwaltung-2027", changed).asOrganizer().send();
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Celle", podium.get("/api/conferences/digitale-verwaltung-2027").send().json().getString("city"));
    }

    @Test
    void onlyItsOrganizersMayChangeAConference() {
        Answer answer = podium.put("/api/conferences/" + PodiumServer.DEMO_SLUG, conference(PodiumServer.DEMO_SLUG))
                .asSpeaker().send();
        assertEquals(403, answer.status(), answer::toString);
        assertEquals("Integration von Flüchtlingen im ländlichen Raum",
                podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG).send().json().getString("title"));
    }

    @Test
    void duplicateSlugIs409() {
        Answer answer = podium.post("/api/conferences", conference(PodiumServer.DEMO_SLUG)).asOrganizer().send();
        assertEquals(409, answer.status(), answer::toString);
        assertEquals("duplicate", answer.json().getString("error"));
    }

    @Test
    void invalidFieldsAre422NamingEachField() {
        String invalid = """
                {"slug":"Kein Slug!","title":"","city":"Berlin","timeZone":"Mond/Krater",
                 "startsAt":"2027-03-10T09:00:00+01:00","endsAt":"2027-03-11T16:00:00+01:00",
                 "categories":[{"code":"x","name":"Gast"}]}
                """;
        Answer answer = podium.post("/api/conferences", invalid).asOrganizer().language("de").send();
        assertEquals(422, answer.status(), answer::toString);
        assertEquals("validation", answer.json().getString("error"));
        List<String> fields = answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("slug", "title", "categories[0].code")), fields::toString);
        assertFalse(answer.body().contains("Exception"), answer::toString);
    }

    @Test
    void validationMessagesFollowTheRequestLanguage() {
        String invalid = conference("sprachtest").replace("\"Digitale Verwaltung im Landkreis\"", "\"\"");
        String german = podium.post("/api/conferences", invalid).asOrganizer().language("de").send()
                .json().getJsonArray("errors").getJsonObject(0).getString("message");
        String english = podium.post("/api/conferences", invalid).asOrganizer().language("en").send()
                .json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertEquals("must not be blank", english);
        assertEquals("darf nicht leer sein", german);
    }

    @Test
    void crossFieldRulesAre422() {
        String endsBeforeStart = conference("falsche-daten")
                .replace("2027-03-11T16:00:00+01:00", "2027-03-09T16:00:00+01:00")
                .replace("Europe/Berlin", "Mond/Krater");
        Answer answer = podium.post("/api/conferences", endsBeforeStart).asOrganizer().send();
        assertEquals(422, answer.status(), answer::toString);
        List<String> fields = answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("timeZone", "endsAt"), fields);
    }

    @Test
    void aCategoryThatRegistrationsBelongToCannotBeRemoved() throws Exception {
        String slug = "kategorie-belegt-2027";
        assertEquals(201, podium.post("/api/conferences", conference(slug)).asOrganizer().send().status());
        Answer registered = podium.post("/api/conferences/" + slug + "/registrations", """
                {"category":"PRESS","firstName":"Petra","lastName":"Presse","email":"petra.presse@example.org",
                 "locale":"de","consent":{"privacyPolicyVersion":"2026-01","listInParticipants":false}}
                """).send();
        assertEquals(201, registered.status(), registered::toString);
        String withoutPress = conference(slug).replaceAll(",\\s*\\{\"code\":\"PRESS\"[^}]*}", "");
        assertFalse(withoutPress.contains("PRESS"), withoutPress);

        Answer refused = podium.put("/api/conferences/" + slug, withoutPress).asOrganizer().language("de").send();
        assertEquals(422, refused.status(), refused::toString);
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("categories", error.getString("field"));
        assertEquals("Die Kategorie „Presse“ kann nicht entfernt werden, weil Anmeldungen oder Einladungen "
                + "zu ihr gehören.", error.getString("message"));
        assertEquals(2, podium.get("/api/conferences/" + slug).send().json().getJsonArray("categories").size(),
                "both categories kept");

        String withoutLandrat = conference(slug).replaceAll("\\{\"code\":\"LANDRAT\"[^}]*},\\s*", "");
        assertFalse(withoutLandrat.contains("LANDRAT"), withoutLandrat);
        Answer removed = podium.put("/api/conferences/" + slug, withoutLandrat).asOrganizer().send();
        assertEquals(200, removed.status(), "a category nobody belongs to may go: " + removed);
        assertEquals(List.of("PRESS"), podium.get("/api/conferences/" + slug).send().json().getJsonArray("categories")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("code")).toList());
    }

    @Test
    void malformedJsonIs400() {
        Answer answer = podium.post("/api/conferences", "{\"slug\": ").asOrganizer().send();
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("bad_request", answer.json().getString("error"));
    }
}
