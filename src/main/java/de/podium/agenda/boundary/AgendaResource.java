package de.podium.agenda.boundary;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.AgendaPublishing;
import de.podium.agenda.control.ScheduleConflicts;
import de.podium.agenda.entity.AgendaVersion;
import de.podium.event.control.ConferenceService;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;
import de.podium.platform.boundary.Revalidation;
import de.podium.platform.control.PreparedRead;
import de.podium.platform.control.PreparedReads;

/**
 * The published agenda (public), its conflicts and publishing (organizers). Each feature path is a root of its
 * own: a resource at conferences/{slug} would shadow ConferencesResource.
 */
@Tag(name = ApiApplication.AGENDA)
@Path("conferences/{slug}/agenda")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AgendaResource {

    @Inject
    ScheduleConflicts conflicts;

    @Inject
    AgendaPublishing publishing;

    @Inject
    ConferenceService conferences;

    @Inject
    PreparedReads prepared;

    @Inject
    Revalidation revalidation;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "listAgendaConflicts")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @GET
    @Path("conflicts")
    public List<AgendaJson.Warning> conflicts(@PathParam("slug") String slug) {
        return conflicts.of(conferences.forOrganizer(slug)).stream()
                .map(c -> AgendaJson.Warning.of(c, RequestLanguage.of(headers))).toList();
    }

    @Operation(operationId = "publishAgenda")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "201", description = "Published as the next version",
            content = @Content(schema = @Schema(ref = "PublishedVersion")))
    @APIResponse(responseCode = "409", description = "Room or speaker overlaps remain; conflicts[] lists them")
    @POST
    @Path("publish")
    public Response publish(@PathParam("slug") String slug, AgendaData.PublishData data, @Context UriInfo uri) {
        AgendaVersion version = publishing.publish(slug, data);
        URI location = uri.getBaseUriBuilder().path("conferences").path(slug).path("agenda").build();
        return Response.created(location).entity(new AgendaJson.Published(version.getVersion(), version.getChangelog())).build();
    }

    /**
     * The published version only, prepared once per version: no database is asked until a publish (here or on
     * another node) drops it.
     */
    @Operation(operationId = "getPublishedAgenda")
    @APIResponse(responseCode = "200", description = "The published version, with ETag and Last-Modified (its publication)",
            content = @Content(schema = @Schema(ref = "PublishedAgenda")))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match or If-Modified-Since names the current version")
    @APIResponse(responseCode = "404", description = "Unknown conference, or nothing published yet")
    @GET
    public Response published(@PathParam("slug") String slug) {
        return revalidation.answer(headers, prepared.get(slug, PreparedReads.Kind.AGENDA_JSON, "", () -> {
            AgendaVersion version = publishing.published(slug);
            return PreparedRead.of(version.getContent().getBytes(StandardCharsets.UTF_8),
                    MediaType.APPLICATION_JSON + ";charset=UTF-8", version.getPublishedAt());
        }));
    }
}
