package de.podium.agenda.control;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * A talk as it stands in a published snapshot, in the conference's wall-clock time. Older snapshots carry only
 * the speakers' names, so title and office may be missing.
 */
public record PublishedTalk(long id, String title, String kind, String summary, String trackCode, String room,
                            long roomId, LocalDateTime start, LocalDateTime end, int durationMinutes, String language,
                            List<PublishedSpeaker> speakers, boolean cancelled) {

    /** A talk that takes place. */
    public PublishedTalk(long id, String title, String kind, String summary, String trackCode, String room,
                         long roomId, LocalDateTime start, LocalDateTime end, int durationMinutes, String language,
                         List<PublishedSpeaker> speakers) {
        this(id, title, kind, summary, trackCode, room, roomId, start, end, durationMinutes, language, speakers, false);
    }

    public static final String CANCELLED = "CANCELLED";

    /** The name includes the academic title ("Dr. Eva Schäfer"); the title is kept apart for exports. */
    public record PublishedSpeaker(long id, String name, String title, String office) {
    }

    public static PublishedTalk of(JsonObject talk, ZoneId zone) {
        return new PublishedTalk(talk.getJsonNumber("id").longValue(), talk.getString("title"),
                talk.getString("kind", "TALK"), talk.getString("abstract", null),
                talk.isNull("track") ? null : talk.getString("track"), talk.getString("room"),
                talk.containsKey("roomId") ? talk.getJsonNumber("roomId").longValue() : 0L,
                local(talk.getString("start"), zone), local(talk.getString("end"), zone),
                talk.getInt("durationMinutes", 0),
                talk.getString("language", "de"),
                talk.getJsonArray("speakers").getValuesAs(JsonObject.class).stream().map(PublishedTalk::speaker).toList(),
                isCancelled(talk));
    }

    /** Snapshots mark a talk cancelled after it had been published; older ones have no status. */
    public static boolean isCancelled(JsonObject talk) {
        return CANCELLED.equals(talk.getString("status", null));
    }

    private static PublishedSpeaker speaker(JsonObject s) {
        return new PublishedSpeaker(s.containsKey("id") ? s.getJsonNumber("id").longValue() : 0L, s.getString("name"),
                s.getString("title", null), s.getString("office", null));
    }

    private static LocalDateTime local(String iso, ZoneId zone) {
        return OffsetDateTime.parse(iso).atZoneSameInstant(zone).toLocalDateTime();
    }
}
