package de.podium.agenda.boundary;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the published agenda ({@code GET /api/conferences/{slug}/agenda}) for the OpenAPI document. The
 * answer itself is the snapshot AgendaPublishing stored when publishing; OpenApiIT checks a real one against this.
 */
@Schema(name = "PublishedAgenda")
public record PublishedAgendaJson(
        @Schema(required = true) int version,
        @Schema(required = true) OffsetDateTime publishedAt,
        @Schema(required = true, example = "Europe/Berlin") String timeZone,
        @Schema(required = true) List<Talk> talks) {

    @Schema(name = "PublishedTalk")
    public record Talk(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true, enumeration = {"OPENING", "KEYNOTE", "TALK", "PANEL", "BREAK"}) String kind,
            @Schema(required = true) String room,
            @Schema(required = true) long roomId,
            @Schema(required = true) OffsetDateTime start,
            @Schema(required = true) OffsetDateTime end,
            @Schema(required = true) int durationMinutes,
            @Schema(required = true, example = "de") String language,
            @Schema(required = true, nullable = true, description = "the track's code; null for talks without a track")
            String track,
            @Schema(name = "abstract") String summary,
            @Schema(required = true) List<Speaker> speakers) {
    }

    @Schema(name = "PublishedSpeaker")
    public record Speaker(@Schema(required = true) long id, @Schema(required = true) String name, String title,
                          String office) {
    }
}
