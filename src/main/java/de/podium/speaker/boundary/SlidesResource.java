package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.control.PodiumException;
import de.podium.speaker.control.SlideService;
import de.podium.speaker.entity.Slide;

/** PUT/GET /api/conferences/{slug}/talks/{id}/slides (API.md, Speakers and slides) and the versions. */
@Tag(name = ApiApplication.SPEAKER)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/talks/{id}/slides")
@ApplicationScoped
public class SlidesResource {

    @Inject
    SlideService slides;

    @Operation(operationId = "uploadSlides")
    @APIResponse(responseCode = "201", description = "Stored as the next version",
            content = @Content(schema = @Schema(ref = "SlideJson")))
    @APIResponse(responseCode = "409", description = "The upload deadline has passed, or (error overwrite_other) the "
            + "latest version is another person's: send confirm=true (query or form part) to upload over it")
    @APIResponse(responseCode = "413", description = "Larger than the limit (podium.slides.max-bytes, 50 MB by default)")
    @APIResponse(responseCode = "415", description = "The content is not PDF, PPTX or ODP, whatever the name says")
    @PUT
    @UploadPrecheck
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("slug") String slug, @PathParam("id") long talkId,
                           @FormParam("file") EntityPart file, @FormParam("public") String publicAfterTalk,
                           @FormParam("confirm") String confirmPart, @QueryParam("confirm") String confirmQuery)
            throws IOException {
        if (file == null) {
            throw new PodiumException.Invalid("file", "error.slides.missing");
        }
        try (InputStream content = file.getContent()) {
            Slide slide = slides.upload(slug, talkId, MultipartNames.decode(file.getFileName().orElse(null)), content,
                    Boolean.parseBoolean(publicAfterTalk),
                    Boolean.parseBoolean(confirmPart) || Boolean.parseBoolean(confirmQuery));
            return Response.status(201).entity(SlideJson.of(slide)).build();
        }
    }

    @Operation(operationId = "getLatestSlides")
    @GET
    public Response latest(@PathParam("slug") String slug, @PathParam("id") long talkId) {
        return Downloads.of(slides.latest(slug, talkId));
    }

    @Operation(operationId = "listSlideVersions")
    @GET
    @Path("versions")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SlideJson> versions(@PathParam("slug") String slug, @PathParam("id") long talkId) {
        return slides.versions(slug, talkId).stream().map(SlideJson::of).toList();
    }

    @Operation(operationId = "getSlideVersion")
    @GET
    @Path("versions/{version}")
    public Response version(@PathParam("slug") String slug, @PathParam("id") long talkId,
                            @PathParam("version") int version) {
        return Downloads.of(slides.version(slug, talkId, version));
    }

    /** {@code {version}}: the organizer marks that version as the released one (used by the proceedings). */
    public record Release(Integer version) {
    }

    @Operation(operationId = "releaseSlideVersion")
    @APIResponse(responseCode = "200", description = "That version is the released one now")
    @PUT
    @Path("released")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SlideJson release(@PathParam("slug") String slug, @PathParam("id") long talkId, Release release) {
        if (release == null || release.version() == null) {
            throw new PodiumException.Invalid("version", "error.slides.unknownVersion", "");
        }
        return SlideJson.of(slides.release(slug, talkId, release.version()));
    }

    public record SlideJson(int version, String sha256, long size, String contentType, String filename,
                            String uploadedBy, String uploadedAt, boolean publicAfterTalk, boolean released) {
        static SlideJson of(Slide slide) {
            return new SlideJson(slide.getVersion(), slide.getSha256(), slide.getSize(), slide.getContentType(),
                    slide.getFilename(), slide.getUploadedBy(), slide.getUploadedAt().toString(),
                    slide.isPublicAfterTalk(), slide.isReleased());
        }
    }
}
