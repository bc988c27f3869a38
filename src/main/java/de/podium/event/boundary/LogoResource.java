package de.podium.event.boundary;

import java.nio.file.Files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.event.control.ConferenceBranding;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.control.PodiumException;

/**
 * A conference's logo for anyone, reached as /conferences/{slug}/logo (its own path: a resource class at
 * "conferences/{slug}" would take every request for the conference itself and answer 404).
 */
@Tag(name = ApiApplication.EVENT)
@Path("conferences/{slug}/logo")
@ApplicationScoped
public class LogoResource {

    @Inject
    ConferenceBranding branding;

    @Operation(operationId = "getLogo")
    @APIResponse(responseCode = "404", description = "The conference has no logo")
    @GET
    @Produces({"image/png", "image/jpeg"})
    public Response logo(@PathParam("slug") String slug) {
        java.nio.file.Path file = branding.logo(slug)
                .orElseThrow(() -> new PodiumException.NotFound("error.branding.noLogo", slug));
        return Response.ok((StreamingOutput) out -> Files.copy(file, out),
                file.toString().endsWith(".png") ? "image/png" : "image/jpeg")
                .header("Cache-Control", "public, max-age=300").build();
    }
}
