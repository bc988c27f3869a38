package de.podium.documents.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import de.podium.documents.control.Documents;

/** The attendee's certificate of attendance, by the personal manage token; only after check-in. */
@Path("registrations/self/{token}/certificate.pdf")
public class CertificateResource {

    @Inject
    Documents documents;

    @GET
    @Produces(PdfResponses.PDF)
    public Response certificate(@PathParam("token") String token) {
        return PdfResponses.stream(documents.certificate(token));
    }
}
