package de.podium.agenda.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import de.podium.agenda.control.ScheduleConflicts;
import de.podium.agenda.control.Slots;
import de.podium.agenda.control.Talks;
import de.podium.agenda.entity.Talk;
import de.podium.event.control.ConferenceService;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;

/** Talks and their slots; placing answers with the conflicts the talk is part of. */
@Tag(name = ApiApplication.AGENDA)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/talks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class TalksResource {

    @Inject
    ScheduleConflicts conflicts;

    @Inject
    Slots slots;

    @Inject
    Talks talks;

    @Inject
    ConferenceService conferences;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "createTalk")
    @APIResponse(responseCode = "201", description = "Created; Location names the talk",
            content = @Content(schema = @Schema(ref = "CreatedId")))
    @POST
    public Response addTalk(@PathParam("slug") String slug, AgendaData.TalkData data, @Context UriInfo uri) {
        Talk talk = talks.add(slug, data);
        return AgendaJson.created(uri, talk.getId());
    }

    @Operation(operationId = "updateTalk")
    @PUT
    @Path("{id}")
    public AgendaJson.TalkView update(@PathParam("slug") String slug, @PathParam("id") long id, AgendaData.TalkData data) {
        return AgendaJson.TalkView.of(talks.update(slug, id, data));
    }

    @Operation(operationId = "deleteTalk")
    @APIResponse(responseCode = "204", description = "Deleted: no published version ever showed the talk")
    @APIResponse(responseCode = "409", description = "Published once: cancel it instead")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("slug") String slug, @PathParam("id") long id) {
        talks.delete(slug, id);
        return Response.noContent().build();
    }

    @Operation(operationId = "cancelTalk")
    @POST
    @Path("{id}/cancel")
    public AgendaJson.TalkView cancel(@PathParam("slug") String slug, @PathParam("id") long id) {
        return AgendaJson.TalkView.of(talks.cancel(slug, id));
    }

    /** The working schedule, placed or not: for organizers only. */
    @Operation(operationId = "listTalks")
    @GET
    public List<AgendaJson.TalkView> talks(@PathParam("slug") String slug) {
        return talks.of(conferences.forOrganizer(slug)).stream().map(AgendaJson.TalkView::of).toList();
    }

    @Operation(operationId = "placeTalk")
    @PUT
    @Path("{id}/slot")
    public AgendaJson.Slot place(@PathParam("slug") String slug, @PathParam("id") long id, AgendaData.SlotData data) {
        Talk talk = slots.place(slug, id, data);
        return AgendaJson.Slot.of(talk, conflicts.of(talk), RequestLanguage.of(headers));
    }

    @Operation(operationId = "unplaceTalk")
    @DELETE
    @Path("{id}/slot")
    public AgendaJson.Slot unplace(@PathParam("slug") String slug, @PathParam("id") long id) {
        return AgendaJson.Slot.of(slots.unplace(slug, id), List.of(), RequestLanguage.of(headers));
    }
}
