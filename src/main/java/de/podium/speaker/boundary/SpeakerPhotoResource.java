package de.podium.speaker.boundary;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.control.PodiumException;
import de.podium.speaker.control.SpeakerProfiles;

/** GET /api/conferences/{slug}/speakers/{id}/photo: a speaker's published photo, re-encoded at upload. */
@Tag(name = ApiApplication.SPEAKER)
@jakarta.ws.rs.Path("conferences/{slug}/speakers/{id: [0-9]+}/photo")
public class SpeakerPhotoResource {

    @Inject
    SpeakerProfiles profiles;

    @Operation(operationId = "getSpeakerPhoto")
    @GET
    @Produces({"image/jpeg", "image/png"})
    public Response photoOf(@PathParam("slug") String slug, @PathParam("id") long speakerId) {
        Path file = profiles.photoOf(slug, speakerId)
                .orElseThrow(() -> new PodiumException.NotFound("error.speaker.noPhoto", speakerId));
        return Response.ok((StreamingOutput) out -> Files.copy(file, out),
                file.toString().endsWith(".png") ? "image/png" : "image/jpeg").build();
    }

}
