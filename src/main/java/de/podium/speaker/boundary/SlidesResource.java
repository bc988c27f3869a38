package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import de.podium.platform.control.PodiumException;
import de.podium.speaker.control.SlideService;
import de.podium.speaker.entity.Slide;

/** PUT/GET /api/conferences/{slug}/talks/{id}/slides (API.md, Speakers and slides). */
@Path("conferences/{slug}/talks/{id}/slides")
public class SlidesResource {

    @Inject
    SlideService slides;

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("slug") String slug, @PathParam("id") long talkId,
                           @HeaderParam("Content-Length") Long length, @FormParam("file") EntityPart file)
            throws IOException {
        if (length != null) {
            slides.checkAnnouncedSize(length);
        }
        if (file == null) {
            throw new PodiumException.Invalid("file", "error.slides.missing");
        }
        try (InputStream content = file.getContent()) {
            Slide slide = slides.upload(slug, talkId, file.getFileName().orElse(null), content);
            return Response.status(201).entity(new SlideJson(slide.getVersion(), slide.getSha256(), slide.getSize(),
                    slide.getContentType(), slide.getFilename())).build();
        }
    }

    @GET
    public Response latest(@PathParam("slug") String slug, @PathParam("id") long talkId) {
        Slide slide = slides.latest(slug, talkId);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(java.nio.file.Path.of(slide.getStoragePath()), out),
                        slide.getContentType())
                .header("Content-Disposition", "attachment; filename=\"" + slide.getFilename() + "\"")
                .header("X-Slide-Version", slide.getVersion())
                .build();
    }

    public record SlideJson(int version, String sha256, long size, String contentType, String filename) {
    }
}
