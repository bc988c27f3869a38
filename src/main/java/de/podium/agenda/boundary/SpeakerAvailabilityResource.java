package de.podium.agenda.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.Availabilities;
import de.podium.platform.boundary.ApiApplication;

/** Availability windows of a conference's speakers. */
@Tag(name = ApiApplication.AGENDA)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SpeakerAvailabilityResource {

    @Inject
    Availabilities availabilities;

    @Operation(operationId = "setSpeakerAvailability")
    @PUT
    @Path("{id}/availability")
    public Response availability(@PathParam("slug") String slug, @PathParam("id") long id,
                                 List<AgendaData.WindowData> windows) {
        int stored = availabilities.set(slug, id, windows).size();
        return Response.ok(java.util.Map.of("speakerId", id, "windows", stored)).build();
    }
}
