package de.podium.agenda.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.podium.agenda.control.Conflict;
import de.podium.agenda.entity.Talk;

/** JSON shapes of the agenda API. */
public final class AgendaJson {

    private AgendaJson() {
    }

    @Schema(name = "CreatedId")
    public record Created(long id) {
    }

    /** 201 with the new resource's address and its id. */
    static Response created(UriInfo uri, long id) {
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(new Created(id)).build();
    }

    public record Warning(String type, String message, List<Long> talkIds) {
        static Warning of(Conflict conflict, Locale locale) {
            return new Warning(conflict.type().name(), conflict.message(locale),
                    conflict.talks().stream().map(Talk::getId).toList());
        }
    }

    public record Slot(long id, OffsetDateTime start, OffsetDateTime end, Long roomId, List<Warning> warnings) {
        static Slot of(Talk talk, List<Conflict> conflicts, Locale locale) {
            return new Slot(talk.getId(), talk.getConference().withOffset(talk.getStartsAt()),
                    talk.getConference().withOffset(talk.endsAt()),
                    talk.getRoom() == null ? null : talk.getRoom().getId(),
                    conflicts.stream().map(c -> Warning.of(c, locale)).toList());
        }
    }

    public record TalkView(long id, String title, @JsonbProperty("abstract") String summary, String kind, String track,
                           int durationMinutes, String language, Integer expectedAudience, boolean vip, boolean cancelled,
                           Long roomId, OffsetDateTime start, OffsetDateTime end, List<SpeakerView> speakers) {
        static TalkView of(Talk t) {
            return new TalkView(t.getId(), t.getTitle(), t.getSummary(), t.getKind().name(),
                    t.getTrack() == null ? null : t.getTrack().getCode(), t.getDurationMinutes(), t.getLanguage(),
                    t.getExpectedAudience(), t.isVip(), t.isCancelled(),
                    t.getRoom() == null ? null : t.getRoom().getId(),
                    t.getConference().withOffset(t.getStartsAt()),
                    t.getConference().withOffset(t.endsAt()),
                    t.getSpeakers().stream().map(s -> new SpeakerView(s.getId(), s.fullName(), s.getOffice())).toList());
        }
    }

    public record SpeakerView(long id, String name, String office) {
    }

    public record RoomView(long id, String name, int capacity, String equipment) {
    }

    public record WindowView(OffsetDateTime start, OffsetDateTime end) {
        static WindowView of(de.podium.event.entity.Conference conference, java.time.LocalDateTime start,
                             java.time.LocalDateTime end) {
            return new WindowView(conference.withOffset(start), conference.withOffset(end));
        }
    }

    @Schema(name = "PublishedVersion")
    public record Published(int version, String changelog) {
    }
}
