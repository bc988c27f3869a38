package de.podium.agenda.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.RoomClosures;
import de.podium.agenda.control.Rooms;
import de.podium.agenda.entity.Room;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.ApiApplication;

/** Rooms of a conference: POST for organizers, GET for everybody. */
@Tag(name = ApiApplication.AGENDA)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class RoomsResource {

    @Inject
    RoomClosures closures;

    @Inject
    Rooms rooms;

    @Inject
    ConferenceService conferences;

    @Operation(operationId = "createRoom")
    @APIResponse(responseCode = "201", description = "Created; Location names the room",
            content = @Content(schema = @Schema(ref = "CreatedId")))
    @POST
    public Response addRoom(@PathParam("slug") String slug, AgendaData.RoomData data, @Context UriInfo uri) {
        Room room = rooms.add(slug, data);
        return AgendaJson.created(uri, room.getId());
    }

    /** Replaces the room's closed times: [{start,end}]. */
    @Operation(operationId = "setRoomClosures")
    @PUT
    @Path("{id}/unavailable")
    public List<AgendaJson.WindowView> unavailable(@PathParam("slug") String slug, @PathParam("id") long id,
                                                   List<AgendaData.WindowData> windows) {
        return closures.replace(slug, id, windows).stream()
                .map(u -> AgendaJson.WindowView.of(u.getRoom().getConference(), u.getWindow().getStartsAt(), u.getWindow().getEndsAt())).toList();
    }

    /** The rooms' order: {@code {"rooms":[id, …]}} with every room of the conference once. */
    public record RoomOrder(List<Long> rooms) {
    }

    @Operation(operationId = "orderRooms")
    @APIResponse(responseCode = "200", description = "The rooms in their new order")
    @APIResponse(responseCode = "422", description = "rooms does not name every room of the conference once")
    @PUT
    @Path("order")
    public List<AgendaJson.RoomView> order(@PathParam("slug") String slug, RoomOrder order) {
        return rooms.order(slug, order == null ? null : order.rooms()).stream()
                .map(r -> new AgendaJson.RoomView(r.getId(), r.getName(), r.getCapacity(), r.getEquipment())).toList();
    }

    @Operation(operationId = "listRooms")
    @GET
    public List<AgendaJson.RoomView> rooms(@PathParam("slug") String slug) {
        Conference conference = conferences.bySlug(slug);
        return rooms.of(conference).stream()
                .map(r -> new AgendaJson.RoomView(r.getId(), r.getName(), r.getCapacity(), r.getEquipment())).toList();
    }
}
