package de.podium.agenda.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.ScheduleConflicts;
import de.podium.agenda.control.solver.AutoScheduler;
import de.podium.agenda.control.solver.ScheduleJob;
import de.podium.event.control.ConferenceService;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;

/** Automatic scheduling (API.md, section Agenda): start a job, watch it, stop it, apply or discard its proposal. */
@Tag(name = ApiApplication.AGENDA)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/agenda/auto-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AutoScheduleResource {

    @Inject
    AutoScheduler scheduler;

    @Inject
    ScheduleConflicts conflicts;

    @Inject
    ConferenceService conferences;

    @Context
    HttpHeaders headers;

    @Schema(name = "AutoScheduleStarted")
    public record Started(String jobId) {
    }

    public record Applied(String status, int placed, List<AgendaJson.Warning> warnings) {
    }

    @Operation(operationId = "startAutoSchedule")
    @APIResponse(responseCode = "202", description = "The solver runs in the background",
            content = @Content(schema = @Schema(ref = "AutoScheduleStarted")))
    @POST
    public Response start(@PathParam("slug") String slug, AgendaData.AutoScheduleData data) {
        return Response.accepted(new Started(scheduler.start(slug, data).getId())).build();
    }

    @Operation(operationId = "getAutoScheduleJob")
    @GET
    @Path("{jobId}")
    public SolverJson.JobView status(@PathParam("slug") String slug, @PathParam("jobId") String jobId) {
        return SolverJson.JobView.of(scheduler.job(slug, jobId), conferences.forOrganizer(slug));
    }

    @Operation(operationId = "applyAutoSchedule")
    @POST
    @Path("{jobId}/apply")
    public Applied apply(@PathParam("slug") String slug, @PathParam("jobId") String jobId) {
        int placed = scheduler.apply(slug, jobId);
        return new Applied(ScheduleJob.Status.APPLIED.name(), placed,
                conflicts.of(conferences.forOrganizer(slug)).stream()
                        .map(c -> AgendaJson.Warning.of(c, RequestLanguage.of(headers))).toList());
    }

    @Operation(operationId = "stopAutoSchedule")
    @POST
    @Path("{jobId}/stop")
    public SolverJson.JobView stop(@PathParam("slug") String slug, @PathParam("jobId") String jobId) {
        return SolverJson.JobView.of(scheduler.stop(slug, jobId), conferences.forOrganizer(slug));
    }

    @Operation(operationId = "discardAutoSchedule")
    @POST
    @Path("{jobId}/discard")
    public SolverJson.JobView discard(@PathParam("slug") String slug, @PathParam("jobId") String jobId) {
        return SolverJson.JobView.of(scheduler.discard(slug, jobId), conferences.forOrganizer(slug));
    }
}
