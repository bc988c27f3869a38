package de.podium.speaker.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.speaker.control.SlideService;

/**
 * The public download of a talk's slides, reached as /conferences/{slug}/talks/{id}/slides: the latest version
 * its speaker released for the public, and only once the talk has started; 404 otherwise.
 */
@Tag(name = ApiApplication.SPEAKER)
@Path("public/conferences/{slug}/talks/{id}/slides")
@ApplicationScoped
public class PublicSlidesResource {

    @Inject
    SlideService slides;

    @Operation(operationId = "getPublicSlides")
    @GET
    public Response download(@PathParam("slug") String slug, @PathParam("id") long talkId) {
        return Downloads.of(slides.publicSlides(slug, talkId));
    }
}
