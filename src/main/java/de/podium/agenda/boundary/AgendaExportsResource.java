package de.podium.agenda.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.AgendaExports;
import de.podium.platform.boundary.ApiApplication;

/**
 * Exports of the published programme; the public addresses /conferences/{slug}/agenda.ics, …/schedule.xml and
 * …/schedule.json are routed here by the PageRouter.
 */
@Tag(name = ApiApplication.AGENDA)
@Path("conferences/{slug}/published")
public class AgendaExportsResource {

    @Inject
    AgendaExports exports;

    @Operation(operationId = "getPublishedAgendaCalendar")
    @GET
    @Path("agenda.ics")
    @Produces("text/calendar;charset=UTF-8")
    public byte[] ics(@PathParam("slug") String slug) {
        return exports.ics(slug);
    }

    @Operation(operationId = "getFrabScheduleXml")
    @GET
    @Path("schedule.xml")
    @Produces("application/xml;charset=UTF-8")
    public String xml(@PathParam("slug") String slug) {
        return exports.frabXml(slug);
    }

    @Operation(operationId = "getFrabScheduleJson")
    @GET
    @Path("schedule.json")
    @Produces("application/json;charset=UTF-8")
    public String json(@PathParam("slug") String slug) {
        return exports.frabJson(slug);
    }
}
