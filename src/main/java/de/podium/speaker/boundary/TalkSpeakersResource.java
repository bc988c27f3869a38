package de.podium.speaker.boundary;

import java.net.URI;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.Talks;
import de.podium.agenda.entity.Speaker;
import de.podium.platform.boundary.ApiApplication;
import de.podium.speaker.control.TalkSpeakers;

/** The speakers of a talk (API.md, Back office): assign one, invite a new one, remove one, set the order. */
@Tag(name = ApiApplication.SPEAKER)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/talks/{id}/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class TalkSpeakersResource {

    @Inject
    TalkSpeakers speakers;

    @Inject
    Talks talks;

    public record Position(Integer position) {
    }

    @Operation(operationId = "addTalkSpeaker")
    @APIResponse(responseCode = "201", description = "Assigned; a new person's invitation mail is queued")
    @POST
    public Response add(@PathParam("slug") String slug, @PathParam("id") long talkId, TalkSpeakers.Assignment data) {
        Speaker speaker = speakers.assign(slug, talkId, data);
        return Response.created(URI.create("conferences/" + slug + "/talks/" + talkId + "/speakers/" + speaker.getId()))
                .entity(Map.of("speakerId", speaker.getId())).build();
    }

    @Operation(operationId = "removeTalkSpeaker")
    @APIResponse(responseCode = "204", description = "Removed from the talk; the person stays a speaker of the conference")
    @DELETE
    @Path("{speakerId}")
    public Response remove(@PathParam("slug") String slug, @PathParam("id") long talkId,
                           @PathParam("speakerId") long speakerId) {
        talks.removeSpeaker(slug, talkId, speakerId);
        return Response.noContent().build();
    }

    /** {@code {position}}: 0 is first. */
    @Operation(operationId = "moveTalkSpeaker")
    @PUT
    @Path("{speakerId}/position")
    public Map<String, Object> move(@PathParam("slug") String slug, @PathParam("id") long talkId,
                                    @PathParam("speakerId") long speakerId, Position position) {
        var talk = talks.moveSpeaker(slug, talkId, speakerId, position == null || position.position() == null ? 0
                : position.position());
        return Map.of("speakerIds", talk.getSpeakers().stream().map(Speaker::getId).toList());
    }
}
