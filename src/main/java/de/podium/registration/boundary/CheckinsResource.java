package de.podium.registration.boundary;

import java.util.List;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;
import de.podium.registration.control.DoorCheckins;
import de.podium.registration.entity.Registration;

/** Check-in at the door (API.md, Back office): by QR payload or short code, search, undo, the count, the VIPs. */
@Tag(name = ApiApplication.REGISTRATION)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/checkins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CheckinsResource {

    @Inject
    DoorCheckins doors;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "checkIn")
    @APIResponse(responseCode = "200", description = "Checked in",
            content = @Content(schema = @Schema(ref = "CheckedIn")))
    @APIResponse(responseCode = "404", description = "Unknown conference or code")
    @APIResponse(responseCode = "409", description = "Already checked in (the message names who and when), or not confirmed")
    @POST
    public RegistrationJson.CheckedIn checkIn(@PathParam("slug") String slug, RegistrationJson.Code body) {
        return view(doors.checkIn(slug, body == null ? null : body.code(), body != null && body.admitOutsideWindow()));
    }

    @Operation(operationId = "undoCheckIn")
    @APIResponse(responseCode = "200", description = "Checked in no more: expected again")
    @APIResponse(responseCode = "409", description = "Not checked in")
    @DELETE
    @Path("{id}")
    public RegistrationJson.CheckedIn undo(@PathParam("slug") String slug, @PathParam("id") long id) {
        return view(doors.undo(slug, id));
    }

    /** By name, organisation or short code; at least two characters. */
    @Operation(operationId = "searchCheckins")
    @GET
    @Path("search")
    public List<RegistrationJson.CheckedIn> search(@PathParam("slug") String slug, @QueryParam("q") String q) {
        return doors.search(slug, q).stream().map(this::view).toList();
    }

    @Operation(operationId = "countCheckins")
    @GET
    @Path("count")
    public RegistrationJson.DoorCount count(@PathParam("slug") String slug) {
        DoorCheckins.Count count = doors.count(slug);
        return new RegistrationJson.DoorCount(count.checkedIn(), count.expected());
    }

    @Operation(operationId = "expectedVips")
    @GET
    @Path("vips")
    public List<RegistrationJson.CheckedIn> vips(@PathParam("slug") String slug) {
        return doors.vips(slug).stream().map(this::view).toList();
    }

    /** The note door staff see with the person, e.g. "Ministerin, Begleitung durch Protokoll"; empty removes it. */
    @Operation(operationId = "setDoorNote")
    @PUT
    @Path("{id}/note")
    public RegistrationJson.CheckedIn note(@PathParam("slug") String slug, @PathParam("id") long id,
                                           RegistrationJson.DoorNote body) {
        return view(doors.note(slug, id, body == null ? null : body.note()));
    }

    private RegistrationJson.CheckedIn view(Registration registration) {
        return RegistrationJson.CheckedIn.of(registration, RequestLanguage.of(headers));
    }
}
