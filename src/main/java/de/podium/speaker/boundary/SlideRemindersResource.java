package de.podium.speaker.boundary;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.speaker.control.SlideDashboard;

/** POST /api/conferences/{slug}/slides/reminders: one mail to each speaker of a talk still without slides. */
@Tag(name = ApiApplication.SPEAKER)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/slides/reminders")
@ApplicationScoped
public class SlideRemindersResource {

    @Inject
    SlideDashboard dashboard;

    @Operation(operationId = "sendSlideReminders")
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> remind(@PathParam("slug") String slug) {
        return Map.of("queued", dashboard.remindLacking(slug));
    }
}
