package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.json.JsonObject;

import de.podium.testsupport.PodiumServer.Answer;

/** Rooms, talks and slots made through the agenda API for integration tests. */
public final class AgendaFixtures {

    private AgendaFixtures() {
    }

    public static String conference(String startsAt, String endsAt) {
        String slug = "agenda-" + System.nanoTime() % 1_000_000_000L;
        Answer created = PodiumServer.get().post("/api/conferences", """
                {"slug":"%s","title":"Programmtest","city":"Berlin","timeZone":"Europe/Berlin",
                 "startsAt":"%s","endsAt":"%s","capacity":200,
                 "categories":[],"tracks":[{"code":"WOHNEN","name":"Wohnen"}]}""".formatted(slug, startsAt, endsAt))
                .asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        return slug;
    }

    public static long room(String slug, String name, int capacity) {
        Answer answer = PodiumServer.get().post("/api/conferences/" + slug + "/rooms",
                "{\"name\":\"" + name + "\",\"capacity\":" + capacity + "}").asOrganizer().send();
        assertEquals(201, answer.status(), answer::toString);
        return answer.json().getJsonNumber("id").longValue();
    }

    public static long talk(String slug, String title, int minutes, Integer audience, String speakerEmail) {
        Answer answer = PodiumServer.get().post("/api/conferences/" + slug + "/talks", """
                {"title":"%s","abstract":"Worum es geht","track":"WOHNEN","durationMinutes":%d,"language":"de",
                 "expectedAudience":%s,
                 "speakers":[{"title":"Dr.","firstName":"Eva","lastName":"Schäfer","office":"Landrätin","email":"%s"}]}"""
                .formatted(title, minutes, audience == null ? "null" : audience.toString(), speakerEmail)).asOrganizer().send();
        assertEquals(201, answer.status(), answer::toString);
        return answer.json().getJsonNumber("id").longValue();
    }

    public static JsonObject place(String slug, long talk, long room, String start) {
        Answer answer = PodiumServer.get().put("/api/conferences/" + slug + "/talks/" + talk + "/slot",
                "{\"roomId\":" + room + ",\"start\":\"" + start + "\"}").asOrganizer().send();
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    public static List<String> warnings(JsonObject slot) {
        return slot.getJsonArray("warnings").getValuesAs(JsonObject.class).stream().map(w -> w.getString("type")).toList();
    }

    /** Also used by AutoScheduleIT, which may run without this class having booted anything. */
    public static JsonObject talk(String slug, long id) {
        return PodiumServer.get().get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    /** The API leaves out the start of a talk without a slot. */
    public static boolean unplaced(JsonObject talk) {
        return !talk.containsKey("start") || talk.isNull("start");
    }
}
