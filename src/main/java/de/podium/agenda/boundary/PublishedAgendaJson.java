package de.podium.agenda.boundary;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of the published agenda ({@code GET /api/conferences/{slug}/agenda}) for the OpenAPI document. The
 * answer itself is the snapshot AgendaPublishing stored when publishing; OpenApiIT checks a real one against this.
 * (Required properties are named on the types: Payara loses a list's item type when its component is annotated.)
 */
@Schema(name = "PublishedAgenda", requiredProperties = {"version", "publishedAt", "timeZone", "talks"})
public record PublishedAgendaJson(int version, OffsetDateTime publishedAt,
                                  @Schema(example = "Europe/Berlin") String timeZone, List<Talk> talks) {

    @Schema(name = "PublishedTalk", requiredProperties = {"id", "title", "kind", "room", "roomId", "start", "end",
            "durationMinutes", "language", "track", "speakers"})
    public record Talk(
            long id,
            String title,
            @Schema(enumeration = {"OPENING", "KEYNOTE", "TALK", "PANEL", "BREAK"}) String kind,
            String room,
            long roomId,
            OffsetDateTime start,
            OffsetDateTime end,
            int durationMinutes,
            @Schema(example = "de") String language,
            @Schema(nullable = true, description = "the track's code; null for talks without a track") String track,
            @Schema(name = "abstract") String summary,
            List<Speaker> speakers) {
    }

    @Schema(name = "PublishedSpeaker", requiredProperties = {"id", "name"})
    public record Speaker(long id, String name, String title, String office) {
    }
}
