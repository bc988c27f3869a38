package de.podium.agenda.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.PersonalAgenda;
import de.podium.platform.boundary.ApiApplication;

/**
 * The attendee's personal agenda, reached by the manage token of their registration: talks of the published
 * programme they marked. Its calendar file is {@link PersonalCalendarResource}.
 */
@Tag(name = ApiApplication.AGENDA)
@Path("registrations/self/{token}/agenda")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PersonalAgendaResource {

    @Inject
    PersonalAgenda personalAgenda;

    @Operation(operationId = "getPersonalAgenda")
    @GET
    public Response talks(@PathParam("token") String token) {
        return privately(Response.ok(personalAgenda.talks(token).toString(), MediaType.APPLICATION_JSON_TYPE));
    }

    @Operation(operationId = "markPersonalAgendaTalk")
    @PUT
    @Path("{talkId}")
    public Response mark(@PathParam("token") String token, @PathParam("talkId") long talkId) {
        personalAgenda.mark(token, talkId);
        return talks(token);
    }

    @Operation(operationId = "unmarkPersonalAgendaTalk")
    @DELETE
    @Path("{talkId}")
    public Response unmark(@PathParam("token") String token, @PathParam("talkId") long talkId) {
        personalAgenda.unmark(token, talkId);
        return talks(token);
    }

    /** Personal data must not stay in shared caches. */
    static Response privately(Response.ResponseBuilder builder) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return builder.cacheControl(noStore).build();
    }
}
