package de.podium.registration.boundary;

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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.event.control.ConferenceCalendar;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.control.PodiumException;
import de.podium.platform.boundary.AnonymousWrite;
import de.podium.registration.control.Answers;
import de.podium.registration.control.PersonalData;
import de.podium.registration.control.QrCodes;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.control.RegistrationService;
import de.podium.registration.entity.Registration;

/**
 * The attendee's own registration, reached by the confirm token or the manage token from the mails. The personal
 * agenda under {@code self/{token}/agenda} belongs to the agenda feature (PersonalAgendaResource).
 */
@Tag(name = ApiApplication.REGISTRATION)
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SelfRegistrationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    QrCodes qrCodes;

    @Inject
    PersonalData personalData;

    @Inject
    ConferenceCalendar calendar;

    @Inject
    Answers answers;

    @Operation(operationId = "confirmRegistration")
    @POST
    @Path("confirm")
    public RegistrationJson.Created confirm(RegistrationJson.Token body) {
        if (body == null) {
            throw new PodiumException.Invalid("token", "error.registration.token.missing");
        }
        return RegistrationJson.Created.of(registrations.confirm(body.token()));
    }

    @Operation(operationId = "getOwnRegistration")
    @APIResponse(responseCode = "200", description = "All fields of the registration",
            content = @Content(schema = @Schema(ref = "OwnRegistration")))
    @GET
    @Path("self/{token}")
    public Response get(@PathParam("token") String token) {
        Registration registration = registrations.bySelfToken(token);
        return private_(Response.ok(full(registration)));
    }

    @Operation(operationId = "correctOwnRegistration")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(schema = @Schema(ref = "OwnRegistration")))
    @PUT
    @Path("self/{token}")
    public Response correct(@PathParam("token") String token, RegistrationData.Correction data) {
        return private_(Response.ok(full(registrations.correct(token, data))));
    }

    @Operation(operationId = "cancelOwnRegistration")
    @APIResponse(responseCode = "200", description = "Cancelled; the place goes to the first on the waiting list",
            content = @Content(schema = @Schema(ref = "OwnRegistration")))
    @DELETE
    @Path("self/{token}")
    public Response cancel(@PathParam("token") String token) {
        return private_(Response.ok(full(registrations.cancel(token))));
    }

    @Operation(operationId = "addOwnDelegate")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(ref = "RegistrationStatus")))
    @POST
    @AnonymousWrite
    @Path("self/{token}/delegation")
    public Response addDelegate(@PathParam("token") String token, RegistrationData data) {
        return Response.status(201).entity(RegistrationJson.Created.of(registrations.addDelegate(token, data))).build();
    }

    @Operation(operationId = "addOwnCompanion")
    @APIResponse(responseCode = "201", description = "Registered; the companion confirms their own address",
            content = @Content(schema = @Schema(ref = "RegistrationStatus")))
    @APIResponse(responseCode = "422", description = "category is not a companion category of the conference")
    @POST
    @AnonymousWrite
    @Path("self/{token}/companions")
    public Response addCompanion(@PathParam("token") String token, RegistrationData data) {
        return Response.status(201).entity(RegistrationJson.Created.of(registrations.addCompanion(token, data))).build();
    }

    /** GDPR: all personal data held about the person, as a JSON download. */
    @Operation(operationId = "exportOwnData")
    @GET
    @Path("self/{token}/export")
    public Response export(@PathParam("token") String token) {
        Registration registration = registrations.bySelfToken(token);
        RegistrationJson.Full export = RegistrationJson.Full.of(registration, registrations.delegation(registration),
                personalData.of(registration), answers.of(registration));
        return private_(Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"podium-registration-" + registration.getId()
                        + ".json\""));
    }

    @Operation(operationId = "getOwnQrCode")
    @GET
    @Path("self/{token}/qr.png")
    @Produces("image/png")
    public Response qr(@PathParam("token") String token) {
        Registration registration = registrations.bySelfToken(token);
        return private_(Response.ok(qrCodes.png(registration.getCheckinCode(), 320), "image/png"));
    }

    /** The conference as one calendar event, the same file the confirmation mail carries; linked from the manage page. */
    @Operation(operationId = "getOwnConferenceCalendar")
    @APIResponse(responseCode = "200", description = "The conference as an iCalendar event",
            content = @Content(mediaType = "text/calendar"))
    @GET
    @Path("self/{token}/conference.ics")
    @Produces("text/calendar;charset=UTF-8")
    public Response conferenceCalendar(@PathParam("token") String token) {
        Registration registration = registrations.bySelfToken(token);
        return private_(Response.ok(calendar.ics(registration.getConference()), "text/calendar;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + registration.getConference().getSlug() + ".ics\""));
    }

    private RegistrationJson.Full full(Registration registration) {
        List<Registration> delegation = registrations.delegation(registration);
        return RegistrationJson.Full.of(registration, delegation, answers.of(registration));
    }

    /** Personal data must not stay in shared caches. */
    private static Response private_(Response.ResponseBuilder builder) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return builder.cacheControl(noStore).build();
    }
}
