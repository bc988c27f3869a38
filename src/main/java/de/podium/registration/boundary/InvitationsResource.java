package de.podium.registration.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.registration.control.Invitations;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.entity.Invitation;

/** Personal invitations to invitation-only categories, created and listed by organizers. */
@Tag(name = ApiApplication.REGISTRATION)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    Invitations invitations;

    @PathParam("slug")
    String slug;

    @Operation(operationId = "createInvitation")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "InvitationCreated")))
    @POST
    public Response invite(RegistrationData.InvitationData data) {
        Invitation invitation = invitations.invite(slug, data);
        return Response.status(201).entity(new RegistrationJson.InvitationCreated(invitation.getCode(),
                "/conferences/" + slug + "/register?invitation=" + invitation.getCode())).build();
    }

    /** Many invitations from a CSV file (email, category, title, firstName, lastName, office). */
    @Operation(operationId = "importInvitations")
    @APIResponse(responseCode = "201", description = "Imported")
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(String csv) {
        List<RegistrationJson.InvitationCreated> created = invitations.importCsv(slug, csv).stream()
                .map(i -> new RegistrationJson.InvitationCreated(i.getCode(),
                        "/conferences/" + slug + "/register?invitation=" + i.getCode()))
                .toList();
        return Response.status(201).entity(created).build();
    }

    @Operation(operationId = "listInvitations")
    @GET
    public List<RegistrationJson.InvitationRow> list() {
        return invitations.of(slug).stream().map(RegistrationJson.InvitationRow::of).toList();
    }
}
