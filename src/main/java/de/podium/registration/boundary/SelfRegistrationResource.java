package de.podium.registration.boundary;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import de.podium.platform.control.PodiumException;
import de.podium.registration.control.PersonalData;
import de.podium.registration.control.QrCodes;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.control.RegistrationService;
import de.podium.registration.entity.Registration;

/**
 * The attendee's own registration, reached by the confirm token or the manage token from the mails. The personal
 * agenda under {@code self/{token}/agenda} belongs to the agenda feature (PersonalAgendaResource).
 */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelfRegistrationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    QrCodes qrCodes;

    @Inject
    PersonalData personalData;

    @POST
    @Path("confirm")
    public RegistrationJson.Created confirm(RegistrationJson.Token body) {
        if (body == null) {
            throw new PodiumException.Invalid("token", "error.registration.token.missing");
        }
        return RegistrationJson.Created.of(registrations.confirm(body.token()));
    }

    @GET
    @Path("self/{token}")
    public Response get(@PathParam("token") String token) {
        Registration registration = registrations.bySelfToken(token);
        return private_(Response.ok(full(registration)));
    }

    @PUT
    @Path("self/{token}")
    public Response correct(@PathParam("token") String token, RegistrationData.Correction data) {
        return private_(Response.ok(full(registrations.correct(token, data))));
    }

    @DELETE
    @Path("self/{token}")
    public Response cancel(@PathParam("token") String token) {
        return private_(Response.ok(full(registrations.cancel(token))));
    }

    @POST
    @Path("self/{token}/delegation")
    public Response addDelegate(@PathParam("token") String token, RegistrationData data) {
        return Response.status(201).entity(RegistrationJson.Created.of(registrations.addDelegate(token, data))).build();
    }

    /** GDPR: all personal data held about the person, as a JSON download. */
    @GET
    @Path("self/{token}/export")
    public Response export(@PathParam("token") String token) {
        Registration registration = registrations.bySelfToken(token);
        RegistrationJson.Full export = RegistrationJson.Full.of(registration, registrations.delegation(registration),
                personalData.of(registration));
        return private_(Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"podium-registration-" + registration.getId()
                        + ".json\""));
    }

    @GET
    @Path("self/{token}/qr.png")
    @Produces("image/png")
    public Response qr(@PathParam("token") String token) {
        Registration registration = registrations.bySelfToken(token);
        return private_(Response.ok(qrCodes.png(registration.getCheckinCode(), 320), "image/png"));
    }

    private RegistrationJson.Full full(Registration registration) {
        List<Registration> delegation = registrations.delegation(registration);
        return RegistrationJson.Full.of(registration, delegation);
    }

    /** Personal data must not stay in shared caches. */
    private static Response private_(Response.ResponseBuilder builder) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return builder.cacheControl(noStore).build();
    }
}
