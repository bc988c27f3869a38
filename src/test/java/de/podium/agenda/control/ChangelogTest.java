package de.podium.agenda.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import de.podium.platform.control.Texts;

/** The changelog sent to speakers and attendees speaks their language and writes times as people do. */
class ChangelogTest {

    private static JsonObject version(String start, String room) {
        return Json.createObjectBuilder().add("talks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", 7).add("title", "Masterplan Integration").add("start", start).add("room", room))).build();
    }

    private final JsonObject before = version("2016-12-16T11:00:00+01:00", "Plenarsaal");
    private final JsonObject after = version("2016-12-16T14:00:00+01:00", "Raum B");

    @Test
    void movedTalkInGerman() {
        assertEquals("Verlegt: „Masterplan Integration“ nach Raum B, Beginn 16.12.2016, 14:00 Uhr\nBitte beachten.",
                AgendaPublishing.changelog(before, after, " Bitte beachten. ", Texts.GERMAN));
    }

    @Test
    void movedTalkInEnglish() {
        assertEquals("Moved: \"Masterplan Integration\" to Raum B, starting 16 December 2016, 14:00",
                AgendaPublishing.changelog(before, after, null, Texts.ENGLISH));
    }

    @Test
    void aTalkCancelledAfterPublishingIsNamedOnceInTheNextVersion() {
        JsonObject cancelled = Json.createObjectBuilder().add("talks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", 7).add("title", "Masterplan Integration").add("start", "2016-12-16T11:00:00+01:00")
                .add("room", "Plenarsaal").add("status", "CANCELLED"))).build();
        assertEquals("Entfällt: „Masterplan Integration“", AgendaPublishing.changelog(before, cancelled, null, Texts.GERMAN));
        assertEquals("", AgendaPublishing.changelog(cancelled, cancelled, null, Texts.GERMAN));
    }
}
