package de.podium.speaker.boundary;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import de.podium.platform.control.PodiumException;
import de.podium.speaker.control.SpeakerPortal;
import de.podium.speaker.entity.TalkAnswer;

/** GET /api/speaker/talks: the signed-in speaker's talks in all conferences; PUT …/{id}/answer accepts or declines. */
@Path("speaker/talks")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerTalksResource {

    @Inject
    SpeakerPortal portal;

    @GET
    public List<Map<String, Object>> myTalks() {
        return portal.myTalks().stream().map(e -> Map.<String, Object>of(
                "conference", e.conference().getSlug(), "id", e.talk().getId(), "title", e.talk().getTitle(),
                "answer", e.answer() == null ? "OPEN" : e.answer().name(),
                "room", e.room() == null ? "" : e.room(), "start", e.start() == null ? "" : e.start())).toList();
    }

    @PUT
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> answer(@PathParam("id") long talkId, Map<String, String> body) {
        String given = body == null ? null : body.get("answer");
        if (given == null || !given.matches("ACCEPTED|DECLINED")) {
            throw new PodiumException.Invalid("answer", "error.speaker.answer");
        }
        portal.answer(talkId, TalkAnswer.Answer.valueOf(given));
        return Map.of("answer", given);
    }

}
