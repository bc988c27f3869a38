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

/** Folded name cards for panel and VIP seats (invitation-only categories unless one is named). */
@Tag(name = ApiApplication.DOCUMENTS)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/namecards.pdf")
@ApplicationScoped
public class NameCardsResource {

    @Inject
    Documents documents;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "getNameCards")
    @GET
    @Produces(PdfResponses.PDF)
    public Response nameCards(@PathParam("slug") String slug, @QueryParam("category") String category,
                              @QueryParam("registration") Long registration) {
        return PdfResponses.stream(documents.nameCards(slug, category, registration, RequestLanguage.of(headers)));
    }
}
