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

import de.podium.documents.control.BadgeFilter;
import de.podium.documents.control.Documents;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;

/** Badges for printing: A6, A4 sheets of four A6, or A4 sheets of eight cards; filters of the organizer's choice. */
@Tag(name = ApiApplication.DOCUMENTS)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/badges.pdf")
@ApplicationScoped
public class BadgesResource {

    @Inject
    Documents documents;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "getBadges")
    @GET
    @Produces(PdfResponses.PDF)
    public Response badges(@PathParam("slug") String slug, @QueryParam("layout") String layout,
                           @QueryParam("category") String category, @QueryParam("status") String status,
                           @QueryParam("onlyNew") Boolean onlyNew, @QueryParam("registration") Long registration) {
        return PdfResponses.stream(documents.badges(slug, layout, BadgeFilter.of(category, status, onlyNew, registration),
                RequestLanguage.of(headers)));
    }
}
