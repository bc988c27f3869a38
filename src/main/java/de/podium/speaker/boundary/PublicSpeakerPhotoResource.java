package de.podium.speaker.boundary;

import java.nio.file.Files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.control.PodiumException;
import de.podium.speaker.control.PublicSpeakers;

/**
 * The photo on a public speaker page, reached as /conferences/{slug}/speakers/{id}/photo: only speakers shown on
 * the speaker pages have their photo served here; anyone else is 404.
 */
@Tag(name = ApiApplication.SPEAKER)
@Path("public/conferences/{slug}/speakers/{id: [0-9]+}/photo")
@ApplicationScoped
public class PublicSpeakerPhotoResource {

    @Inject
    PublicSpeakers speakers;

    @Operation(operationId = "getPublicSpeakerPhoto")
    @GET
    @Produces({"image/jpeg", "image/png"})
    public Response photoOf(@PathParam("slug") String slug, @PathParam("id") long speakerId) {
        java.nio.file.Path file = speakers.photoOf(slug, speakerId).filter(Files::isRegularFile)
                .orElseThrow(() -> new PodiumException.NotFound("error.speaker.noPhoto", speakerId));
        return Response.ok((StreamingOutput) out -> Files.copy(file, out),
                file.toString().endsWith(".png") ? "image/png" : "image/jpeg").build();
    }
}
