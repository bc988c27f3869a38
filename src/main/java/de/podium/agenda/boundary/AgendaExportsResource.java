package de.podium.agenda.boundary;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.AgendaExports;
import de.podium.platform.boundary.Revalidation;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.control.PreparedRead;
import de.podium.platform.control.PreparedReads;
import de.podium.platform.control.PublishedFile;

/**
 * Exports of the published programme; the public addresses /conferences/{slug}/agenda.ics, …/schedule.xml and
 * …/schedule.json are routed here by the PageRouter. Apps poll them, so they are prepared once per published version and carry ETag and Last-Modified.
 */
@Tag(name = ApiApplication.AGENDA)
@Path("conferences/{slug}/published")
@ApplicationScoped
public class AgendaExportsResource {

    @Inject
    AgendaExports exports;

    @Inject
    PreparedReads prepared;

    @Inject
    Revalidation revalidation;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "getPublishedAgendaCalendar")
    @GET
    @Path("agenda.ics")
    @Produces("text/calendar;charset=UTF-8")
    public Response ics(@PathParam("slug") String slug) {
        return answer(slug, PreparedReads.Kind.AGENDA_ICS, () -> exports.ics(slug), "text/calendar;charset=UTF-8");
    }

    /**
     * The frab schedule, valid against frab/schedule.xml.xsd. {@code ?venue=true} adds venue and city to the conference
     * for ConfClerk, which shows them as "Where:"; that variant is outside the schema, so it is not the default.
     */
    @Operation(operationId = "getFrabScheduleXml")
    @GET
    @Path("schedule.xml")
    @Produces("application/xml;charset=UTF-8")
    public Response xml(@PathParam("slug") String slug, @QueryParam("venue") boolean withVenue) {
        return revalidation.answer(headers, prepared.get(slug, PreparedReads.Kind.FRAB_XML, withVenue ? "venue" : "",
                () -> PreparedRead.of(exports.frabXml(slug, withVenue), "application/xml;charset=UTF-8")));
    }

    @Operation(operationId = "getFrabScheduleJson")
    @GET
    @Path("schedule.json")
    @Produces("application/json;charset=UTF-8")
    public Response json(@PathParam("slug") String slug) {
        return answer(slug, PreparedReads.Kind.FRAB_JSON, () -> exports.frabJson(slug), "application/json;charset=UTF-8");
    }

    private Response answer(String slug, PreparedReads.Kind kind, Supplier<PublishedFile> export, String mediaType) {
        return revalidation.answer(headers, prepared.get(slug, kind, "", () -> PreparedRead.of(export.get(), mediaType)));
    }
}
