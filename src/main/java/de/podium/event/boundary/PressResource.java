package de.podium.event.boundary;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.event.control.ConferenceService;
import de.podium.event.control.PressReleaseData;
import de.podium.event.control.PressService;
import de.podium.event.entity.Conference;
import de.podium.event.entity.PressRelease;
import de.podium.platform.boundary.ApiApplication;

/** Press releases of a conference: published ones for everybody, writing for its organizers. */
@Tag(name = ApiApplication.EVENT)
@Path("conferences/{slug}/press")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PressResource {

    @Inject
    ConferenceService conferences;

    @Inject
    PressService press;

    @Operation(operationId = "listPressReleases")
    @GET
    public List<PressJson> published(@PathParam("slug") String slug) {
        Conference conference = conferences.bySlug(slug);
        return press.published(conference).stream().map(p -> PressJson.of(p, conference)).toList();
    }

    @Operation(operationId = "createPressRelease")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "PressJson")))
    @POST
    public Response write(@PathParam("slug") String slug, PressReleaseData data, @Context UriInfo uri) {
        PressRelease release = press.write(slug, data);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(release.getId())).build();
        return Response.created(location).entity(PressJson.of(release, release.getConference())).build();
    }

    public record PressJson(long id, String title, String body, String source, String language,
                            OffsetDateTime publishedAt) {
        static PressJson of(PressRelease p, Conference c) {
            return new PressJson(p.getId(), p.getTitle(), p.getBody(), p.getSource(), p.getLanguage(),
                    p.getPublishedAt() == null ? null : p.getPublishedAt().atZone(c.zone()).toOffsetDateTime());
        }
    }
}
