package de.podium.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.AgendaFixtures;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

/** Automatic scheduling in the booted app (Timefold inside Payara) and rooms' closed times. */
class AutoScheduleIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static long talk(String slug, String title, String kind, int minutes, Integer audience, String track,
                     String first, String last, String email) {
        String speakers = first == null ? "[]" : """
                [{"firstName":"%s","lastName":"%s","office":"Landrat","email":"%s"}]""".formatted(first, last, email);
        Answer answer = podium.post("/api/conferences/" + slug + "/talks", """
                {"title":"%s","kind":"%s","durationMinutes":%d,"expectedAudience":%s,"track":%s,"speakers":%s}"""
                .formatted(title, kind, minutes, audience == null ? "null" : audience.toString(),
                        track == null ? "null" : "\"" + track + "\"", speakers)).asOrganizer().send();
        assertEquals(201, answer.status(), answer::toString);
        return answer.json().getJsonNumber("id").longValue();
    }

    /** The demo conference's programme (seed of 16 December 2016), nothing placed yet. */
    static String demoProgramme() {
        String slug = AgendaFixtures.conference("2027-06-01T10:00:00+02:00", "2027-06-01T16:00:00+02:00");
        AgendaFixtures.room(slug, "Plenarsaal", 250);
        AgendaFixtures.room(slug, "Forum A", 60);
        AgendaFixtures.room(slug, "Forum B", 60);
        long forumC = AgendaFixtures.room(slug, "Forum C", 60);
        assertEquals(200, podium.put("/api/conferences/" + slug + "/rooms/" + forumC + "/unavailable",
                "[{\"start\":\"2027-06-01T10:00:00+02:00\",\"end\":\"2027-06-01T13:00:00+02:00\"}]").asOrganizer().send().status());
        String n = Long.toString(System.nanoTime());
        String sager = "sager" + n + "@example.org";
        talk(slug, "Eröffnung der Tagung", "OPENING", 20, 250, null, "Reinhard", "Sager", sager);
        long keynote = talk(slug, "Strategische Leitlinien", "KEYNOTE", 40, 250, null, "Projektteam", "Viventure", "v" + n + "@example.org");
        talk(slug, "Masterplan Integration des Werra-Meißner-Kreises", "TALK", 30, 250, "WOHNEN", "Stefan", "Reuß", "r" + n + "@example.org");
        talk(slug, "Mittagspause", "BREAK", 60, null, null, null, null, null);
        for (String forum : List.of("Wohnen", "Sprache", "Arbeit und Ausbildung", "Schule und Bildung", "Ehrenamt", "Zusammenleben")) {
            talk(slug, "Forum " + forum, "PANEL", 60, 50, "WOHNEN", null, null, null);
        }
        talk(slug, "Zusammenfassung und Ausblick", "TALK", 30, 250, null, "Reinhard", "Sager", sager);
        long viventure = podium.get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getJsonNumber("id").longValue() == keynote)
                .findFirst().orElseThrow().getJsonArray("speakers").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, podium.put("/api/conferences/" + slug + "/speakers/" + viventure + "/availability",
                "[{\"start\":\"2027-06-01T11:00:00+02:00\",\"end\":\"2027-06-01T12:30:00+02:00\"}]").asOrganizer().send().status());
        return slug;
    }

    static String start(String slug, String body) {
        Answer started = PodiumServer.get().post("/api/conferences/" + slug + "/agenda/auto-schedule", body).asOrganizer().send();
        assertEquals(202, started.status(), started::toString);
        return started.json().getString("jobId");
    }

    static JsonObject awaitEnd(String slug, String job) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            JsonObject status = PodiumServer.get().get("/api/conferences/" + slug + "/agenda/auto-schedule/" + job).asOrganizer().send().json();
            if (!status.getString("status").equals("RUNNING")) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("solver did not finish");
    }

    @Test
    void solverPlacesTheDemoProgrammeAndTheEditorShowsNoConflictAfterApplying() throws Exception {
        String slug = demoProgramme();
        String job = start(slug, "{\"seconds\":30}");
        JsonObject result = awaitEnd(slug, job);
        assertEquals("DONE", result.getString("status"), result::toString);
        assertEquals(0, result.getInt("hardScore"), result::toString);
        assertEquals(11, result.getJsonArray("proposal").size());
        assertTrue(podium.get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray()
                .getValuesAs(JsonObject.class).stream().allMatch(AgendaFixtures::unplaced), "a proposal changes nothing yet");

        Answer applied = podium.post("/api/conferences/" + slug + "/agenda/auto-schedule/" + job + "/apply", "").asOrganizer().send();
        assertEquals(200, applied.status(), applied::toString);
        assertEquals(11, applied.json().getInt("placed"));
        Answer conflicts = podium.get("/api/conferences/" + slug + "/agenda/conflicts").asOrganizer().send();
        assertEquals(200, conflicts.status());
        assertEquals(0, conflicts.jsonArray().size(), conflicts::toString);
        List<JsonObject> talks = podium.get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(talks.stream().noneMatch(AgendaFixtures::unplaced), talks.toString());
        assertEquals(201, podium.post("/api/conferences/" + slug + "/agenda/publish", "{\"changelog\":\"automatisch geplant\"}")
                .asOrganizer().send().status());
        assertEquals(409, podium.post("/api/conferences/" + slug + "/agenda/auto-schedule/" + job + "/apply", "")
                .asOrganizer().send().status(), "applied once");
    }

    @Test
    void aRunCanBeStoppedAndItsProposalDiscarded() throws Exception {
        String slug = demoProgramme();
        String job = start(slug, "{\"seconds\":300,\"mode\":\"ALL\"}");
        Answer stopped = podium.post("/api/conferences/" + slug + "/agenda/auto-schedule/" + job + "/stop", "").asOrganizer().send();
        assertEquals(200, stopped.status(), stopped::toString);
        JsonObject end = awaitEnd(slug, job);
        assertEquals("STOPPED", end.getString("status"), end::toString);
        assertTrue(end.getJsonNumber("elapsedMillis").longValue() < 120_000, end::toString);
        Answer discarded = podium.post("/api/conferences/" + slug + "/agenda/auto-schedule/" + job + "/discard", "").asOrganizer().send();
        assertEquals("DISCARDED", discarded.json().getString("status"));
        assertEquals(409, podium.post("/api/conferences/" + slug + "/agenda/auto-schedule/" + job + "/apply", "")
                .asOrganizer().send().status());
        assertTrue(podium.get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray()
                .getValuesAs(JsonObject.class).stream().allMatch(AgendaFixtures::unplaced), "nothing placed");
        assertEquals(404, podium.get("/api/conferences/" + slug + "/agenda/auto-schedule/unknown-job").asOrganizer().send().status());
        assertEquals(403, podium.get("/api/conferences/" + slug + "/agenda/auto-schedule/" + job).asSpeaker().send().status());
    }

    @Test
    void badSolverInputIs422NamingTheField() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        AgendaFixtures.room(slug, "Saal", 100);
        Answer negative = podium.post("/api/conferences/" + slug + "/agenda/auto-schedule", "{\"seconds\":-3}").asOrganizer().send();
        assertEquals(422, negative.status(), negative::toString);
        assertEquals("seconds", negative.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Answer mode = podium.post("/api/conferences/" + slug + "/agenda/auto-schedule", "{\"seconds\":5,\"mode\":\"EVERYTHING\"}")
                .asOrganizer().send();
        assertEquals(422, mode.status(), mode::toString);
        assertEquals("mode", mode.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Answer text = podium.post("/api/conferences/" + slug + "/agenda/auto-schedule", "{\"seconds\":\"viele\"}")
                .asOrganizer().send();
        assertEquals(400, text.status(), text::toString);
        assertEquals("seconds", text.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void wrongJsonTypesAre400NamingTheFieldAndChangeNothing() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        AgendaFixtures.room(slug, "Saal", 100);
        long talk = AgendaFixtures.talk(slug, "Typfehler", 30, null, "types" + System.nanoTime() + "@example.org");
        Answer room = podium.put("/api/conferences/" + slug + "/talks/" + talk + "/slot",
                "{\"roomId\":\"Saal\",\"start\":\"2027-06-01T10:00:00+02:00\"}").asOrganizer().send();
        assertEquals(400, room.status(), room::toString);
        assertEquals("roomId", room.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Answer capacity = podium.post("/api/conferences/" + slug + "/rooms", "{\"name\":\"Foyer\",\"capacity\":\"groß\"}")
                .asOrganizer().send();
        assertEquals(400, capacity.status(), capacity::toString);
        assertEquals("capacity", capacity.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(1, podium.get("/api/conferences/" + slug + "/rooms").send().jsonArray().size(), "no room added");
        assertTrue(AgendaFixtures.unplaced(AgendaFixtures.talk(slug, talk)), "nothing placed");
    }

    @Test
    void aTalkInARoomsClosedTimeIsAConflict() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long room = AgendaFixtures.room(slug, "Saal", 100);
        long talk = AgendaFixtures.talk(slug, "Aufbau?", 60, null, "closed" + System.nanoTime() + "@example.org");
        Answer closed = podium.put("/api/conferences/" + slug + "/rooms/" + room + "/unavailable",
                "[{\"start\":\"2027-06-01T09:00:00+02:00\",\"end\":\"2027-06-01T10:30:00+02:00\"}]").asOrganizer().send();
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("2027-06-01T10:30:00+02:00", closed.jsonArray().getJsonObject(0).getString("end"));
        assertEquals(List.of("ROOM_UNAVAILABLE"), AgendaFixtures.warnings(AgendaFixtures.place(slug, talk, room, "2027-06-01T10:00:00+02:00")));
        assertEquals(List.of(), AgendaFixtures.warnings(AgendaFixtures.place(slug, talk, room, "2027-06-01T10:30:00+02:00")));

        Answer backwards = podium.put("/api/conferences/" + slug + "/rooms/" + room + "/unavailable",
                "[{\"start\":\"2027-06-01T12:00:00+02:00\",\"end\":\"2027-06-01T11:00:00+02:00\"}]").asOrganizer().send();
        assertEquals(422, backwards.status(), backwards::toString);
        assertEquals("[0].end", backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(List.of("ROOM_UNAVAILABLE"), AgendaFixtures.warnings(AgendaFixtures.place(slug, talk, room, "2027-06-01T10:00:00+02:00")),
                "the earlier closed time is still there");
        assertEquals(404, podium.put("/api/conferences/" + slug + "/rooms/999999/unavailable", "[]").asOrganizer().send().status());
    }
}
