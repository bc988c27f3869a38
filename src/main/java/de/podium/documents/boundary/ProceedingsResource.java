package de.podium.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.documents.control.Documents;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;

/** The proceedings (PDF/A-2b) written straight into the response; the organizer page runs them in the background. */
@Tag(name = ApiApplication.DOCUMENTS)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/proceedings.pdf")
@ApplicationScoped
public class ProceedingsResource {

    @Inject
    Documents documents;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "getProceedings")
    @GET
    @Produces(PdfResponses.PDF)
    public Response proceedings(@PathParam("slug") String slug) {
        return PdfResponses.stream(documents.proceedings(slug, RequestLanguage.of(headers)));
    }
}
