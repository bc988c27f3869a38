package de.podium.agenda.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.AgendaExports;
import de.podium.platform.boundary.Revalidation;
import de.podium.platform.boundary.ApiApplication;

/**
 * Exports of the published programme; the public addresses /conferences/{slug}/agenda.ics, …/schedule.xml and
 * …/schedule.json are routed here by the PageRouter. Apps poll them, so they carry ETag and Last-Modified.
 */
@Tag(name = ApiApplication.AGENDA)
@Path("conferences/{slug}/published")
public class AgendaExportsResource {

    @Inject
    AgendaExports exports;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "getPublishedAgendaCalendar")
    @GET
    @Path("agenda.ics")
    @Produces("text/calendar;charset=UTF-8")
    public Response ics(@PathParam("slug") String slug) {
        return Revalidation.answer(headers, exports.ics(slug), "text/calendar;charset=UTF-8");
    }

    @Operation(operationId = "getFrabScheduleXml")
    @GET
    @Path("schedule.xml")
    @Produces("application/xml;charset=UTF-8")
    public Response xml(@PathParam("slug") String slug) {
        return Revalidation.answer(headers, exports.frabXml(slug), "application/xml;charset=UTF-8");
    }

    @Operation(operationId = "getFrabScheduleJson")
    @GET
    @Path("schedule.json")
    @Produces("application/json;charset=UTF-8")
    public Response json(@PathParam("slug") String slug) {
        return Revalidation.answer(headers, exports.frabJson(slug), "application/json;charset=UTF-8");
    }
}
