package de.podium.speaker.boundary;

import java.time.OffsetDateTime;

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

import de.podium.event.control.ConferenceService;
import de.podium.platform.boundary.ApiApplication;
import de.podium.speaker.control.SlideDeadlines;

/** The slide upload deadline of a conference: {@code {"deadline":"2016-12-12T18:00:00+01:00"}} or null. */
@Tag(name = ApiApplication.SPEAKER)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/slides/deadline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SlideDeadlineResource {

    @Inject
    SlideDeadlines deadlines;

    @Inject
    ConferenceService conferences;

    @Operation(operationId = "getSlideDeadline")
    @GET
    public DeadlineJson get(@PathParam("slug") String slug) {
        var conference = conferences.forOrganizer(slug);
        return DeadlineJson.of(deadlines.of(conference).map(d -> d.atZone(conference.zone()).toOffsetDateTime())
                .orElse(null));
    }

    @Operation(operationId = "setSlideDeadline")
    @PUT
    public DeadlineJson set(@PathParam("slug") String slug, DeadlineJson body) {
        OffsetDateTime deadline = body == null ? null : body.deadline;
        deadlines.set(slug, deadline == null ? null : deadline.toInstant());
        return DeadlineJson.of(deadline);
    }

    public static class DeadlineJson {
        public OffsetDateTime deadline;

        static DeadlineJson of(OffsetDateTime deadline) {
            DeadlineJson json = new DeadlineJson();
            json.deadline = deadline;
            return json;
        }
    }
}
