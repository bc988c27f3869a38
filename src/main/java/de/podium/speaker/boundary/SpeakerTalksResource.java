package de.podium.speaker.boundary;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.speaker.control.SpeakerPortal;

/** GET /api/speaker/talks: the signed-in speaker's talks in all conferences; PUT …/{id}/answer accepts or declines. */
@Tag(name = ApiApplication.SPEAKER)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("speaker/talks")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SpeakerTalksResource {

    @Inject
    SpeakerPortal portal;

    @Operation(operationId = "listOwnTalks")
    @GET
    public List<Map<String, Object>> myTalks() {
        return portal.myTalks().stream().map(e -> Map.<String, Object>of(
                "conference", e.conference().getSlug(), "id", e.talk().getId(), "title", e.talk().getTitle(),
                "answer", e.answer() == null ? "OPEN" : e.answer().name(),
                "room", e.room() == null ? "" : e.room(), "start", e.start() == null ? "" : e.start())).toList();
    }

    @Operation(operationId = "answerTalkInvitation")
    @PUT
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> answer(@PathParam("id") long talkId, Map<String, String> body) {
        return Map.of("answer", portal.answer(talkId, body == null ? null : body.get("answer")).name());
    }

}
