package de.podium.agenda.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import de.podium.agenda.control.AgendaExports;

/**
 * Exports of the published programme; the public addresses /conferences/{slug}/agenda.ics, …/schedule.xml and
 * …/schedule.json are routed here by the PageRouter.
 */
@Path("conferences/{slug}/published")
public class AgendaExportsResource {

    @Inject
    AgendaExports exports;

    @GET
    @Path("agenda.ics")
    @Produces("text/calendar;charset=UTF-8")
    public byte[] ics(@PathParam("slug") String slug) {
        return exports.ics(slug);
    }

    @GET
    @Path("schedule.xml")
    @Produces("application/xml;charset=UTF-8")
    public String xml(@PathParam("slug") String slug) {
        return exports.frabXml(slug);
    }

    @GET
    @Path("schedule.json")
    @Produces("application/json;charset=UTF-8")
    public String json(@PathParam("slug") String slug) {
        return exports.frabJson(slug);
    }
}
