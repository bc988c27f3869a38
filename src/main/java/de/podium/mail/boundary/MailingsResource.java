package de.podium.mail.boundary;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.mail.control.BulkMail;
import de.podium.mail.control.MailTemplates;
import de.podium.mail.control.MailingData;
import de.podium.mail.entity.Mailing;
import de.podium.mail.entity.OutboxStatus;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;
import de.podium.platform.control.Texts;

/**
 * Organizer bulk mail over the API: GET …/mailings/segments, POST …/mailings/preview, POST …/mailings,
 * GET …/mailings/{id} (progress per recipient). A root path of its own: a resource at conferences/{slug}
 * would shadow ConferencesResource.
 */
@Tag(name = ApiApplication.MAIL)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/mailings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class MailingsResource {

    @Inject
    BulkMail bulkMail;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "listMailingSegments")
    @GET
    @Path("segments")
    public List<SegmentJson> segments(@PathParam("slug") String slug) {
        Locale locale = RequestLanguage.of(headers);
        return bulkMail.segments(slug).stream()
                .map(s -> new SegmentJson(s.segment().code(),
                        Texts.get(locale, s.segment().labelKey(), s.segment().labelArgs().toArray()), s.recipients()))
                .toList();
    }

    @Operation(operationId = "previewMailing")
    @APIResponse(responseCode = "200", description = "The mail as a real recipient gets it, how many get it, and the "
            + "confirmation that sending needs")
    @POST
    @Path("preview")
    public BulkMail.Preview preview(@PathParam("slug") String slug, MailingData data) {
        return bulkMail.preview(slug, data);
    }

    @Operation(operationId = "listMailings")
    @GET
    public List<SentJson> sent(@PathParam("slug") String slug) {
        return bulkMail.sent(slug).stream().map(s -> new SentJson(s.mailing().getId(), s.mailing().getSegment(),
                s.mailing().getCreatedAt(), s.mailing().getCreatedBy(), s.mailing().getRecipients(), s.delivered(),
                s.failed(), s.pending())).toList();
    }

    @Operation(operationId = "sendMailing")
    @APIResponse(responseCode = "201", description = "Queued; Location names the mailing")
    @APIResponse(responseCode = "409", description = "The texts or recipients changed since the preview "
            + "(preview_outdated), or this preview was sent already (already_sent)")
    @POST
    public Response send(@PathParam("slug") String slug, MailingData data, @Context UriInfo uri) {
        Mailing mailing = bulkMail.send(slug, data);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(mailing.getId())).build();
        return Response.created(location).entity(Map.of("id", mailing.getId(), "recipients", mailing.getRecipients()))
                .build();
    }

    @Operation(operationId = "getMailing")
    @GET
    @Path("{id}")
    public ProgressJson progress(@PathParam("slug") String slug, @PathParam("id") long id) {
        BulkMail.Progress progress = bulkMail.progress(slug, id);
        return new ProgressJson(id, progress.mailing().getSegment(), progress.mailing().getRecipients(),
                progress.counts().get(OutboxStatus.QUEUED) + progress.counts().get(OutboxStatus.SENDING),
                progress.counts().get(OutboxStatus.SENT), progress.counts().get(OutboxStatus.FAILED),
                progress.messages().stream().map(m -> new RecipientJson(m.getRecipient(), m.getStatus().name(),
                        m.getLastError())).toList());
    }

    public record SegmentJson(String code, String label, int recipients) {
    }

    public record SentJson(long id, String segment, java.time.Instant createdAt, String createdBy, int recipients,
                           long delivered, long failed, long pending) {
    }

    public record RecipientJson(String recipient, String status, String lastError) {
    }

    public record ProgressJson(long id, String segment, int recipients, long pending, long sent, long failed,
                               List<RecipientJson> deliveries) {
    }
}
