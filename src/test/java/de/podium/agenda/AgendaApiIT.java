package de.podium.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.AgendaFixtures;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

class AgendaApiIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void demoConferenceHasAPublishedAgendaFromTheSeed() {
        Answer agenda = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send();
        assertEquals(200, agenda.status(), agenda::toString);
        assertTrue(agenda.json().getInt("version") >= 1);
        JsonObject masterplan = agenda.json().getJsonArray("talks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("title").equals("Masterplan Integration des Werra-Meißner-Kreises"))
                .findFirst().orElseThrow();
        assertEquals("2016-12-16T11:00:00+01:00", masterplan.getString("start"));
        assertEquals("Plenarsaal", masterplan.getString("room"));
        assertEquals("Stefan Reuß", masterplan.getJsonArray("speakers").getJsonObject(0).getString("name"));

        String etag = agenda.header("ETag");
        assertEquals(304, podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/agenda")
                .header("If-None-Match", etag).send().status());
    }

    @Test
    void publicAgendaPageShowsThePublishedProgrammeByDayWithFilters() {
        String page = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send().body();
        assertTrue(page.contains(">16.12.2016</h2>"), page);
        assertTrue(page.contains("11:00 Uhr") && page.contains("Masterplan Integration des Werra-Meißner-Kreises"));
        assertTrue(page.contains("Stefan Reuß"));
        String forumB = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/agenda?room=Forum+B").send().body();
        assertTrue(forumB.contains("Forum Sprache") && !forumB.contains("Masterplan Integration"), "room filter");
        String english = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/agenda?lang=en").send().body();
        assertTrue(english.contains("11:00") && !english.contains("11:00 AM") && !english.contains(" PM<"), "English times in 24-hour time");
    }

    @Test
    void everyConflictTypeIsReportedAndOverlapsBlockPublishing() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 50);
        long forum = AgendaFixtures.room(slug, "Forum", 30);
        String speaker = "schaefer" + System.nanoTime() + "@example.org";
        long first = AgendaFixtures.talk(slug, "Wohnraum auf dem Land", 60, 40, speaker);
        long second = AgendaFixtures.talk(slug, "Leerstand nutzen", 45, 20, speaker);

        assertEquals(List.of(), AgendaFixtures.warnings(AgendaFixtures.place(slug, first, plenary, "2027-06-01T10:00:00+02:00")));
        List<String> clash = AgendaFixtures.warnings(AgendaFixtures.place(slug, second, plenary, "2027-06-01T10:30:00+02:00"));
        assertTrue(clash.containsAll(List.of("ROOM_OVERLAP", "SPEAKER_OVERLAP")), clash.toString());

        Answer refused = podium.post("/api/conferences/" + slug + "/agenda/publish", "{\"changelog\":\"x\"}").asOrganizer().send();
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("conflicts", refused.json().getString("error"));
        assertTrue(refused.json().getJsonArray("conflicts").size() >= 2, refused::toString);
        assertTrue(refused.json().getJsonArray("conflicts").getJsonObject(0).getString("message").contains("Raum"), refused::toString);
        Answer inEnglish = podium.post("/api/conferences/" + slug + "/agenda/publish", "{\"changelog\":\"x\"}").asOrganizer()
                .header("Accept-Language", "en").send();
        String englishConflicts = inEnglish.json().getJsonArray("conflicts").toString();
        assertTrue(englishConflicts.contains("is double-booked"), "conflicts in the request's language: " + inEnglish);
        assertFalse(englishConflicts.contains("Raum „"), inEnglish::toString);
        assertEquals(404, podium.get("/api/conferences/" + slug + "/agenda").send().status(), "nothing published yet");

        assertEquals(List.of("SPEAKER_OVERLAP"), AgendaFixtures.warnings(AgendaFixtures.place(slug, second, forum, "2027-06-01T10:30:00+02:00")));
        assertEquals(List.of(), AgendaFixtures.warnings(AgendaFixtures.place(slug, second, forum, "2027-06-01T12:00:00+02:00")));
        assertEquals(List.of("ROOM_CAPACITY"), AgendaFixtures.warnings(AgendaFixtures.place(slug, first, forum, "2027-06-01T10:00:00+02:00")));
        assertEquals(List.of("OUTSIDE_CONFERENCE"), AgendaFixtures.warnings(AgendaFixtures.place(slug, first, plenary, "2027-06-01T23:30:00+02:00")));
        Answer otherDay = podium.put("/api/conferences/" + slug + "/talks/" + first + "/slot",
                "{\"roomId\":" + plenary + ",\"start\":\"2027-06-02T10:00:00+02:00\"}").asOrganizer().send();
        assertEquals(422, otherDay.status(), otherDay::toString);
        assertEquals("start", otherDay.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("2027-06-01T23:30:00+02:00", podium.get("/api/conferences/" + slug + "/talks").asOrganizer()
                .send().jsonArray().getValuesAs(JsonObject.class).stream().filter(t -> t.getJsonNumber("id").longValue() == first)
                .findFirst().orElseThrow().getString("start"), "the refused placement left the talk where it was");
        AgendaFixtures.place(slug, first, plenary, "2027-06-01T10:00:00+02:00");

        long speakerId = podium.get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray()
                .getJsonObject(0).getJsonArray("speakers").getJsonObject(0).getJsonNumber("id").longValue();
        Answer windows = podium.put("/api/conferences/" + slug + "/speakers/" + speakerId + "/availability",
                "[{\"start\":\"2027-06-01T11:00:00+02:00\",\"end\":\"2027-06-01T12:30:00+02:00\"}]").asOrganizer().send();
        assertEquals(200, windows.status(), windows::toString);
        assertEquals(List.of("SPEAKER_UNAVAILABLE"), AgendaFixtures.warnings(AgendaFixtures.place(slug, first, plenary, "2027-06-01T10:00:00+02:00")));
        assertEquals(List.of(), AgendaFixtures.warnings(AgendaFixtures.place(slug, first, plenary, "2027-06-01T11:00:00+02:00")));

        Answer published = podium.post("/api/conferences/" + slug + "/agenda/publish",
                "{\"changelog\":\"Programm steht\"}").asOrganizer().send();
        assertEquals(201, published.status(), published::toString);
        assertEquals(1, published.json().getInt("version"));
    }

    @Test
    void publishedVersionsAreImmutableAndCarryAChangelog() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 100);
        long a = AgendaFixtures.talk(slug, "Eröffnung", 30, null, "a" + System.nanoTime() + "@example.org");
        long b = AgendaFixtures.talk(slug, "Bericht", 30, null, "b" + System.nanoTime() + "@example.org");
        AgendaFixtures.place(slug, a, plenary, "2027-06-01T09:00:00+02:00");
        assertEquals(201, podium.post("/api/conferences/" + slug + "/agenda/publish", "{}").asOrganizer().send().status());

        AgendaFixtures.place(slug, a, plenary, "2027-06-01T09:30:00+02:00");
        AgendaFixtures.place(slug, b, plenary, "2027-06-01T10:00:00+02:00");
        JsonObject stillFirst = podium.get("/api/conferences/" + slug + "/agenda").send().json();
        assertEquals(1, stillFirst.getInt("version"));
        assertEquals("2027-06-01T09:00:00+02:00", stillFirst.getJsonArray("talks").getJsonObject(0).getString("start"),
                "the public sees the published version, not the working schedule");

        Answer second = podium.post("/api/conferences/" + slug + "/agenda/publish",
                "{\"changelog\":\"Beginn verschoben\"}").asOrganizer().send();
        assertEquals(201, second.status(), second::toString);
        assertEquals(2, second.json().getInt("version"));
        String changelog = second.json().getString("changelog");
        assertTrue(changelog.contains("Verlegt: „Eröffnung“") && changelog.contains("Neu: „Bericht“")
                && changelog.contains("Beginn verschoben"), changelog);
        assertEquals(2, podium.get("/api/conferences/" + slug + "/agenda").send().json().getInt("version"));
    }

    @Test
    void agendaIsRightAcrossTheEndOfDaylightSavingTime() {
        String slug = AgendaFixtures.conference("2026-10-24T09:00:00+02:00", "2026-10-25T17:00:00+01:00");
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 100);
        long saturday = AgendaFixtures.talk(slug, "Samstag", 60, null, "sa" + System.nanoTime() + "@example.org");
        long sunday = AgendaFixtures.talk(slug, "Sonntag", 60, null, "so" + System.nanoTime() + "@example.org");
        assertEquals("2026-10-24T10:00:00+02:00", AgendaFixtures.place(slug, saturday, plenary, "2026-10-24T08:00:00Z").getString("start"));
        JsonObject slot = AgendaFixtures.place(slug, sunday, plenary, "2026-10-25T10:00:00+01:00");
        assertEquals("2026-10-25T10:00:00+01:00", slot.getString("start"));
        assertEquals("2026-10-25T11:00:00+01:00", slot.getString("end"));
        assertEquals(201, podium.post("/api/conferences/" + slug + "/agenda/publish", "{}").asOrganizer().send().status());
        List<String> starts = podium.get("/api/conferences/" + slug + "/agenda").send().json().getJsonArray("talks")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("start")).toList();
        assertEquals(List.of("2026-10-24T10:00:00+02:00", "2026-10-25T10:00:00+01:00"), starts);
    }

    @Test
    void badInputIs422AndChangesNothing() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 100);
        long a = AgendaFixtures.talk(slug, "Eröffnung", 30, null, "c" + System.nanoTime() + "@example.org");

        Answer unknownRoom = podium.put("/api/conferences/" + slug + "/talks/" + a + "/slot",
                "{\"roomId\":999999,\"start\":\"2027-06-01T10:00:00+02:00\"}").asOrganizer().send();
        assertEquals(422, unknownRoom.status());
        assertEquals("roomId", unknownRoom.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Answer negative = podium.post("/api/conferences/" + slug + "/talks",
                "{\"title\":\"X\",\"durationMinutes\":-5}").asOrganizer().send();
        assertEquals(422, negative.status());
        assertEquals("durationMinutes", negative.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Answer noRoomName = podium.post("/api/conferences/" + slug + "/rooms", "{\"capacity\":10}").asOrganizer().send();
        assertEquals(422, noRoomName.status());

        assertEquals(404, podium.put("/api/conferences/" + slug + "/talks/999999/slot",
                "{\"roomId\":" + plenary + ",\"start\":\"2027-06-01T10:00:00+02:00\"}").asOrganizer().send().status());
        assertEquals(403, podium.put("/api/conferences/" + slug + "/talks/" + a + "/slot",
                "{\"roomId\":" + plenary + ",\"start\":\"2027-06-01T10:00:00+02:00\"}").asSpeaker().send().status());
        JsonObject unchanged = podium.get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray().getJsonObject(0);
        assertTrue(!unchanged.containsKey("start") || unchanged.isNull("start"), unchanged.toString());
    }
}
