package de.podium.agenda.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import de.podium.agenda.control.PersonalAgenda;

/** The attendee's personal agenda as an iCalendar file to subscribe to (TZID and VTIMEZONE of the conference). */
@Path("registrations/self/{token}/agenda.ics")
public class PersonalCalendarResource {

    @Inject
    PersonalAgenda personalAgenda;

    @GET
    @Produces("text/calendar;charset=UTF-8")
    public Response calendar(@PathParam("token") String token) {
        return PersonalAgendaResource.privately(Response.ok(personalAgenda.ics(token))
                .header("Content-Disposition", "attachment; filename=\"agenda.ics\""));
    }
}
