package de.podium.mail.boundary;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.mail.control.MailTextData;
import de.podium.mail.control.MailTextEditor;
import de.podium.platform.boundary.ApiApplication;

/**
 * The organizer's own mail texts: GET|PUT|DELETE /api/conferences/{slug}/mail-texts/{kind}/{locale}, POST …/preview
 * and …/test. A root path of its own: a resource at conferences/{slug} would shadow ConferencesResource.
 */
@Tag(name = ApiApplication.MAIL)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/mail-texts/{kind}/{locale}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class MailTextsResource {

    @Inject
    MailTextEditor editor;

    @Operation(operationId = "getMailText")
    @APIResponse(responseCode = "200", description = "The text in effect; custom is false for the default")
    @GET
    public MailTextEditor.Effective get(@PathParam("slug") String slug, @PathParam("kind") String kind,
                                        @PathParam("locale") String locale) {
        return editor.text(slug, kind, locale);
    }

    @Operation(operationId = "saveMailText")
    @PUT
    public MailTextEditor.Effective put(@PathParam("slug") String slug, @PathParam("kind") String kind,
                                        @PathParam("locale") String locale, MailTextData data) {
        return editor.save(slug, kind, locale, data);
    }

    @Operation(operationId = "resetMailText")
    @APIResponse(responseCode = "200", description = "Back to the default, which is returned")
    @DELETE
    public MailTextEditor.Effective delete(@PathParam("slug") String slug, @PathParam("kind") String kind,
                                           @PathParam("locale") String locale) {
        return editor.reset(slug, kind, locale);
    }

    @Operation(operationId = "previewMailText")
    @APIResponse(responseCode = "200", description = "The text filled with a real recipient's values if the conference "
            + "has one (recipient names them), else with sample values")
    @POST
    @Path("preview")
    public MailTextEditor.Preview preview(@PathParam("slug") String slug, @PathParam("kind") String kind,
                                          @PathParam("locale") String locale, MailTextData data) {
        return editor.preview(slug, kind, locale, data);
    }

    @Operation(operationId = "testMailText")
    @APIResponse(responseCode = "202", description = "Queued to the signed-in organizer's own address")
    @POST
    @Path("test")
    public Response test(@PathParam("slug") String slug, @PathParam("kind") String kind,
                         @PathParam("locale") String locale, MailTextData data) {
        return Response.accepted(Map.of("recipient", editor.test(slug, kind, locale, data))).build();
    }
}
