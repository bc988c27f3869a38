package de.podium.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.documents.control.Documents;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;

/** The participant list of those who consented; {@code sort=protocol} (default) or {@code sort=name}. */
@Tag(name = ApiApplication.DOCUMENTS)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/participants.pdf")
@ApplicationScoped
public class ParticipantsResource {

    @Inject
    Documents documents;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "getParticipantList")
    @GET
    @Produces(PdfResponses.PDF)
    public Response participants(@PathParam("slug") String slug, @QueryParam("sort") String sort) {
        return PdfResponses.stream(documents.participants(slug, sort, RequestLanguage.of(headers)));
    }
}
