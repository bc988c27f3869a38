package de.podium.event.boundary;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.event.control.ConferenceBranding;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.ApiApplication;

/** The organizer's branding of a conference (issue #23): accent colour and logo; the logo itself is public. */
@Tag(name = ApiApplication.EVENT)
@Path("conferences/{slug}/branding")
@ApplicationScoped
public class BrandingResource {

    @Inject
    ConferenceBranding branding;

    @Inject
    ConferenceService conferences;

    /** {@code accentColour} "#rrggbb" or null (Podium's own), {@code logo} the public address of the logo or null. */
    public record BrandingView(String accentColour, String logo) {
        static BrandingView of(Conference conference) {
            return new BrandingView(conference.getAccentColour(), ConferenceBranding.logoUrl(conference));
        }
    }

    public record AccentData(String accentColour) {
    }

    @Operation(operationId = "getBranding")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public BrandingView get(@PathParam("slug") String slug) {
        return BrandingView.of(conferences.forOrganizer(slug));
    }

    @Operation(operationId = "setAccentColour")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "422", description = "accentColour is no #rrggbb colour, or white on it reaches less than 4.5:1")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public BrandingView setAccent(@PathParam("slug") String slug, AccentData data) {
        return BrandingView.of(branding.setAccent(slug, data == null ? null : data.accentColour()));
    }

    @Operation(operationId = "setLogo")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "200", description = "Stored, re-encoded to at most 600 pixels per edge")
    @APIResponse(responseCode = "413", description = "Larger than 2 MB")
    @APIResponse(responseCode = "415", description = "Not a JPEG or PNG picture, whatever the header says")
    @PUT
    @Path("logo")
    @Consumes({"image/png", "image/jpeg"})
    @Produces(MediaType.APPLICATION_JSON)
    public BrandingView setLogo(@PathParam("slug") String slug, InputStream content) {
        return BrandingView.of(branding.setLogo(slug, content));
    }

    @Operation(operationId = "removeLogo")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @DELETE
    @Path("logo")
    @Produces(MediaType.APPLICATION_JSON)
    public BrandingView removeLogo(@PathParam("slug") String slug) {
        return BrandingView.of(branding.removeLogo(slug));
    }
}
