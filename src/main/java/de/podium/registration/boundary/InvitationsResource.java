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

import de.podium.registration.control.Invitations;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.entity.Invitation;

/** Personal invitations to invitation-only categories, created and listed by organizers. */
@Path("conferences/{slug}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    Invitations invitations;

    @PathParam("slug")
    String slug;

    @POST
    public Response invite(RegistrationData.InvitationData data) {
        Invitation invitation = invitations.invite(slug, data);
        return Response.status(201).entity(new RegistrationJson.InvitationCreated(invitation.getCode(),
                "/conferences/" + slug + "/register?invitation=" + invitation.getCode())).build();
    }

    /** Many invitations from a CSV file (email, category, title, firstName, lastName, office). */
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

    @GET
    public List<RegistrationJson.InvitationRow> list() {
        return invitations.of(slug).stream().map(RegistrationJson.InvitationRow::of).toList();
    }
}
