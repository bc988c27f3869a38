package de.podium.registration.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import de.podium.registration.control.OrganizerRegistrations;

/** Check-in at the door by the QR payload. */
@Path("conferences/{slug}/checkins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckinsResource {

    @Inject
    OrganizerRegistrations organizer;

    @POST
    public RegistrationJson.CheckedIn checkIn(@PathParam("slug") String slug, RegistrationJson.Code body) {
        return RegistrationJson.CheckedIn.of(organizer.checkIn(slug, body == null ? null : body.code(), body != null && body.admitOutsideWindow()));
    }
}
