package de.podium.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.documents.control.Documents;
import de.podium.platform.boundary.ApiApplication;

/** The attendee's certificate of attendance, by the personal manage token; only after check-in. */
@Tag(name = ApiApplication.DOCUMENTS)
@Path("registrations/self/{token}/certificate.pdf")
@ApplicationScoped
public class CertificateResource {

    @Inject
    Documents documents;

    @Operation(operationId = "getCertificate")
    @APIResponse(responseCode = "200", description = "The certificate of attendance (PDF/A-2b)",
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "409", description = "Not checked in (yet)")
    @GET
    @Produces(PdfResponses.PDF)
    public Response certificate(@PathParam("token") String token) {
        return PdfResponses.stream(documents.certificate(token));
    }
}
