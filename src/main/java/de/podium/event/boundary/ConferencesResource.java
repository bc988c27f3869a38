package de.podium.event.boundary;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import de.podium.event.control.ConferenceData;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;

@Tag(name = ApiApplication.EVENT)
@Path("conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConferencesResource {

    @Inject
    ConferenceService conferences;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "listConferences")
    @GET
    public List<ConferenceJson.Summary> list() {
        return conferences.all().stream().map(ConferenceJson.Summary::of).toList();
    }

    @Operation(operationId = "getConference")
    @GET
    @Path("{slug}")
    public ConferenceJson.Detail get(@PathParam("slug") String slug) {
        return ConferenceJson.Detail.of(conferences.bySlug(slug), locale());
    }

    @Operation(operationId = "createConference")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "201", description = "Created; Location names the conference, the creator becomes its organizer",
            content = @Content(schema = @Schema(ref = "Conference")))
    @APIResponse(responseCode = "409", description = "A conference with this slug exists")
    @POST
    public Response create(ConferenceData data, @Context UriInfo uri) {
        Conference created = conferences.create(data);
        URI location = uri.getAbsolutePathBuilder().path(created.getSlug()).build();
        return Response.created(location).entity(ConferenceJson.Detail.of(created, locale())).build();
    }

    @Operation(operationId = "updateConference")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @PUT
    @Path("{slug}")
    public ConferenceJson.Detail update(@PathParam("slug") String slug, ConferenceData data) {
        return ConferenceJson.Detail.of(conferences.update(slug, data), locale());
    }

    private Locale locale() {
        return RequestLanguage.of(headers);
    }
}
