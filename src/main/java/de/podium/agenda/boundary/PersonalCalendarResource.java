package de.podium.agenda.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.PersonalAgenda;
import de.podium.platform.boundary.ApiApplication;

/** The attendee's personal agenda as an iCalendar file to subscribe to (TZID and VTIMEZONE of the conference). */
@Tag(name = ApiApplication.AGENDA)
@Path("registrations/self/{token}/agenda.ics")
@ApplicationScoped
public class PersonalCalendarResource {

    @Inject
    PersonalAgenda personalAgenda;

    @Operation(operationId = "getPersonalAgendaCalendar")
    @GET
    @Produces("text/calendar;charset=UTF-8")
    public Response calendar(@PathParam("token") String token) {
        return PersonalAgendaResource.privately(Response.ok(personalAgenda.ics(token))
                .header("Content-Disposition", "attachment; filename=\"agenda.ics\""));
    }
}
