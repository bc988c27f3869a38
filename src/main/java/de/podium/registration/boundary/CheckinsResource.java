package de.podium.registration.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.registration.control.OrganizerRegistrations;

/** Check-in at the door by the QR payload. */
@Tag(name = ApiApplication.REGISTRATION)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/checkins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckinsResource {

    @Inject
    OrganizerRegistrations organizer;

    @Operation(operationId = "checkIn")
    @APIResponse(responseCode = "200", description = "Checked in",
            content = @Content(schema = @Schema(ref = "CheckedIn")))
    @APIResponse(responseCode = "404", description = "Unknown conference or code")
    @APIResponse(responseCode = "409", description = "Already checked in, or not confirmed")
    @POST
    public RegistrationJson.CheckedIn checkIn(@PathParam("slug") String slug, RegistrationJson.Code body) {
        return RegistrationJson.CheckedIn.of(organizer.checkIn(slug, body == null ? null : body.code(), body != null && body.admitOutsideWindow()));
    }
}
