package de.podium.event.boundary;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import de.podium.platform.boundary.Revalidation;
import de.podium.event.control.QuestionData;
import de.podium.event.control.Questions;
import de.podium.platform.control.PreparedRead;
import de.podium.platform.control.PreparedReads;

@Tag(name = ApiApplication.EVENT)
@Path("conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ConferencesResource {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    ConferenceService conferences;

    @Inject
    PreparedReads prepared;

    @Inject
    Questions questions;

    @Inject
    Revalidation revalidation;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "listConferences")
    @GET
    public List<ConferenceJson.Summary> list() {
        return conferences.all().stream().map(ConferenceJson.Summary::of).toList();
    }

    /** Prepared once per change and language; see Revalidation for the conditional answers. */
    @Operation(operationId = "getConference")
    @APIResponse(responseCode = "200", description = "The conference in the language of Accept-Language",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConferenceJson.Detail.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match or If-Modified-Since names the current state")
    @APIResponse(responseCode = "404", description = "Unknown conference")
    @GET
    @Path("{slug}")
    public Response get(@PathParam("slug") String slug) {
        Locale locale = locale();
        PreparedRead read = prepared.get(slug, PreparedReads.Kind.CONFERENCE_JSON, locale.getLanguage(),
                () -> PreparedRead.of(JSON.toJson(detail(conferences.bySlug(slug), locale))
                        .getBytes(StandardCharsets.UTF_8), JSON_UTF8, Instant.now()));
        return revalidation.answer(headers, read, HttpHeaders.ACCEPT_LANGUAGE);
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
        return Response.created(location).entity(detail(created, locale())).build();
    }

    @Operation(operationId = "updateConference")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @PUT
    @Path("{slug}")
    public ConferenceJson.Detail update(@PathParam("slug") String slug, ConferenceData data) {
        return detail(conferences.update(slug, data), locale());
    }

    @Operation(operationId = "defineQuestions")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "200", description = "The conference's registration questions, in the order given")
    @APIResponse(responseCode = "422", description = "Invalid definitions; errors[] names each field, e.g. questions[0].options[1].code")
    @PUT
    @Path("{slug}/questions")
    public List<ConferenceJson.QuestionJson> defineQuestions(@PathParam("slug") String slug, List<QuestionData> body) {
        return questions.define(slug, body).stream().map(ConferenceJson.QuestionJson::of).toList();
    }

    private ConferenceJson.Detail detail(Conference conference, Locale locale) {
        return ConferenceJson.Detail.of(conference, locale, questions.of(conference));
    }

    private Locale locale() {
        return RequestLanguage.of(headers);
    }
}
