package de.podium.speaker.boundary;

import java.net.URI;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.speaker.control.InvitationData;
import de.podium.speaker.control.SpeakerInvitations;
import de.podium.speaker.entity.SpeakerInvitation;

/** POST /api/conferences/{slug}/talks/{id}/speaker-invitations {email,locale[,title,firstName,lastName]} → 201. */
@Tag(name = ApiApplication.SPEAKER)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/talks/{id}/speaker-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SpeakerInvitationsResource {

    @Inject
    SpeakerInvitations invitations;

    @Operation(operationId = "inviteSpeaker")
    @APIResponse(responseCode = "201", description = "Invited; the invitation mail is queued")
    @POST
    public Response invite(@PathParam("slug") String slug, @PathParam("id") long talkId, InvitationData data) {
        SpeakerInvitation invitation = invitations.invite(slug, talkId, data);
        return Response.created(URI.create("conferences/" + slug + "/talks/" + talkId + "/speaker-invitations/"
                        + invitation.getId()))
                .entity(Map.of("id", invitation.getId(), "speakerId", invitation.getSpeaker().getId(),
                        "email", invitation.getEmail(), "expiresAt", invitation.getExpiresAt().toString()))
                .build();
    }
}
