package de.podium.registration.boundary;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;
import de.podium.platform.control.Texts;
import de.podium.platform.boundary.AnonymousWrite;
import de.podium.registration.control.Answers;
import de.podium.registration.control.OrganizerRegistrations;
import de.podium.registration.control.RegistrationBackOffice;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.control.RegistrationExport;
import de.podium.registration.control.RegistrationFilter;
import de.podium.registration.control.RegistrationRetention;
import de.podium.registration.control.RegistrationService;
import de.podium.registration.entity.Registration;

/** Registering for a conference (public) and the organizer's registration list, decisions and exports. */
@Tag(name = ApiApplication.REGISTRATION)
@Path("conferences/{slug}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// one instance, the path and headers as parameters: a new instance per request (Jersey creating it and CDI
// injecting it) was 9 % of a registration's CPU in the rush
@ApplicationScoped
public class RegistrationsResource {

    @Inject
    RegistrationService registrations;

    @Inject
    OrganizerRegistrations organizer;

    @Inject
    RegistrationBackOffice backOffice;

    @Inject
    RegistrationExport export;

    @Inject
    RegistrationRetention retention;

    @Inject
    Answers answers;

    @Operation(operationId = "createRegistration")
    @APIResponse(responseCode = "201", description = "Registered; status is PENDING_CONFIRMATION with double opt-in, else CONFIRMED, WAITLISTED or PENDING_APPROVAL",
            content = @Content(schema = @Schema(ref = "RegistrationStatus")))
    @APIResponse(responseCode = "403", description = "invitation_required: the category takes invitations only and the code is missing, used or wrong")
    @APIResponse(responseCode = "404", description = "Unknown conference")
    @APIResponse(responseCode = "409", description = "duplicate: an active registration with this e-mail exists; registration_closed")
    @APIResponse(responseCode = "422", description = "Invalid fields or unknown category; errors[] names each field")
    @POST
    @AnonymousWrite
    public Response register(@PathParam("slug") String slug, RegistrationData data, @Context UriInfo uri) {
        // with enteredBy it is an organizer's entry on someone's behalf (401/403 for anyone else)
        Registration created = data != null && data.enteredBy != null
                ? backOffice.enter(slug, data) : registrations.register(slug, data);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build();
        return Response.created(location).entity(RegistrationJson.Created.of(created)).build();
    }

    @Operation(operationId = "listRegistrations")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @GET
    public List<RegistrationJson.Row> list(@PathParam("slug") String slug, @QueryParam("status") String status,
                                           @QueryParam("category") String category, @QueryParam("q") String q,
                                           @QueryParam("answer") String answer) {
        List<Registration> list = organizer.list(slug, new RegistrationFilter(status, category, q, answer));
        java.util.Map<Long, List<de.podium.registration.entity.Answer>> given = answers.of(list);
        return list.stream().map(r -> RegistrationJson.Row.of(r, given.getOrDefault(r.getId(), List.of()))).toList();
    }

    @Operation(operationId = "getRegistrationSummary")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @GET
    @Path("summary")
    public OrganizerRegistrations.Summary summary(@PathParam("slug") String slug) {
        return organizer.summary(slug);
    }

    @Operation(operationId = "getRegistrationRetention")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @GET
    @Path("retention")
    public RegistrationJson.Retention retention(@PathParam("slug") String slug) {
        return new RegistrationJson.Retention(retention.days(slug));
    }

    @Operation(operationId = "setRegistrationRetention")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @PUT
    @Path("retention")
    public RegistrationJson.Retention keepFor(@PathParam("slug") String slug, RegistrationJson.Retention body) {
        return new RegistrationJson.Retention(retention.keepFor(slug, body == null ? null : body.days()));
    }

    @Operation(operationId = "approveRegistration")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @POST
    @Path("{id: [0-9]+}/approve")
    public RegistrationJson.Created approve(@PathParam("slug") String slug, @PathParam("id") Long id) {
        return RegistrationJson.Created.of(organizer.approve(slug, id));
    }

    @Operation(operationId = "rejectRegistration")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @POST
    @Path("{id: [0-9]+}/reject")
    public RegistrationJson.Created reject(@PathParam("slug") String slug, @PathParam("id") Long id) {
        return RegistrationJson.Created.of(organizer.reject(slug, id));
    }

    @Operation(operationId = "setRegistrationPrecedence")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "200", description = "The registration's row with its rank")
    @APIResponse(responseCode = "422", description = "rank outside 1…9999")
    @PUT
    @Path("{id: [0-9]+}/precedence")
    public RegistrationJson.Row precedence(@PathParam("slug") String slug, @PathParam("id") Long id,
                                           RegistrationJson.Precedence body) {
        return RegistrationJson.Row.of(organizer.setPrecedence(slug, id, body == null ? null : body.rank()));
    }

    @Operation(operationId = "editRegistration")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "200", description = "The registration's row after the edit")
    @APIResponse(responseCode = "422", description = "Invalid fields; errors[] names each field")
    @PUT
    @Path("{id: [0-9]+}")
    public RegistrationJson.Row edit(@PathParam("slug") String slug, @PathParam("id") Long id,
                                     RegistrationData.OrganizerEdit body) {
        return RegistrationJson.Row.of(backOffice.edit(slug, id, body));
    }

    @Operation(operationId = "moveRegistration")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "200", description = "CONFIRMED in the new category, or WAITLISTED when it is full")
    @APIResponse(responseCode = "422", description = "Unknown category")
    @POST
    @Path("{id: [0-9]+}/move")
    public RegistrationJson.Created move(@PathParam("slug") String slug, @PathParam("id") Long id,
                                         RegistrationData.Move body) {
        return RegistrationJson.Created.of(backOffice.move(slug, id, body));
    }

    @Operation(operationId = "cancelRegistrationByOrganizer")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "200", description = "Cancelled; a held place went to the waiting list")
    @APIResponse(responseCode = "422", description = "reason missing")
    @POST
    @Path("{id: [0-9]+}/cancel")
    public RegistrationJson.Created cancel(@PathParam("slug") String slug, @PathParam("id") Long id,
                                           RegistrationData.Cancellation body) {
        return RegistrationJson.Created.of(backOffice.cancel(slug, id, body));
    }

    @Schema(name = "RegistrationMailResent")
    public record Resent(long id, String status, String mail) {
    }

    @Operation(operationId = "resendRegistrationMail")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "202", description = "The mail of the registration's status (with its manage link) is queued again",
            content = @Content(schema = @Schema(ref = "RegistrationMailResent")))
    @APIResponse(responseCode = "409", description = "Cancelled, rejected or checked in: no mail to send again")
    @POST
    @Path("{id: [0-9]+}/resend")
    public Response resend(@PathParam("slug") String slug, @PathParam("id") Long id) {
        RegistrationBackOffice.ResentMail resent = backOffice.resend(slug, id);
        return Response.accepted(new Resent(id, resent.registration().getStatus().name(), resent.kind())).build();
    }

    @Operation(operationId = "getRegistrationHistory")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @APIResponse(responseCode = "200", description = "Every change by organizers, oldest first, in the request's language")
    @GET
    @Path("{id: [0-9]+}/history")
    public List<RegistrationBackOffice.HistoryEntry> history(@PathParam("slug") String slug, @PathParam("id") Long id,
                                                             @QueryParam("lang") String lang,
                                                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return backOffice.history(slug, id, locale(lang, acceptLanguage));
    }

    @Operation(operationId = "eraseRegistration")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @POST
    @Path("{id: [0-9]+}/erase")
    public RegistrationJson.Created erase(@PathParam("slug") String slug, @PathParam("id") Long id) {
        return RegistrationJson.Created.of(organizer.erase(slug, id));
    }

    @Operation(operationId = "exportRegistrationsCsv")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("slug") String slug, @QueryParam("status") String status,
                        @QueryParam("category") String category, @QueryParam("q") String q,
                        @QueryParam("answer") String answer, @QueryParam("lang") String lang,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<Registration> list = organizer.list(slug, new RegistrationFilter(status, category, q, answer));
        return Response.ok(export.csv(list, locale(lang, acceptLanguage)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-registrations.csv\"").build();
    }

    @Operation(operationId = "exportRegistrationsXlsx")
    @SecurityRequirement(name = ApiApplication.BASIC_AUTH)
    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("slug") String slug, @QueryParam("status") String status,
                         @QueryParam("category") String category, @QueryParam("q") String q,
                         @QueryParam("answer") String answer, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<Registration> list = organizer.list(slug, new RegistrationFilter(status, category, q, answer));
        return Response.ok(export.xlsx(list, locale(lang, acceptLanguage)),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-registrations.xlsx\"").build();
    }

    /** The organizer's language: the page's (its export links carry {@code lang}), else the browser's. */
    private static Locale locale(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return Texts.supported(Texts.fromTag(lang));
        }
        // the first language Podium speaks, as every other answer chooses it ("fr, en" is English)
        return RequestLanguage.ofHeader(acceptLanguage);
    }
}
