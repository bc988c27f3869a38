package de.podium.mail.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.mail.control.OutboxView;
import de.podium.mail.entity.OutboxMessage;
import de.podium.mail.entity.OutboxStatus;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.boundary.RequestLanguage;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** The organizer's outbox: GET /api/conferences/{slug}/outbox?status=, POST …/outbox/{id}/resend. */
@Tag(name = ApiApplication.MAIL)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/outbox")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class OutboxResource {

    @Inject
    OutboxView outbox;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "listOutbox")
    @GET
    public List<OutboxJson> list(@PathParam("slug") String slug, @QueryParam("status") String status) {
        return outbox.messages(slug, status(status)).stream().map(m -> OutboxJson.of(m, RequestLanguage.of(headers))).toList();
    }

    @Operation(operationId = "resendOutboxMessage")
    @POST
    @Path("{id}/resend")
    public OutboxJson resend(@PathParam("slug") String slug, @PathParam("id") long id) {
        return OutboxJson.of(outbox.resend(slug, id), RequestLanguage.of(headers));
    }

    private static OutboxStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OutboxStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PodiumException.Invalid("status", "error.outbox.status", value);
        }
    }

    /** {@code failureReason} GONE, ERASED or ERROR when the mail could not be rendered; {@code failure} says it in words. */
    public record OutboxJson(long id, String kind, String recipient, String locale, String status, int attempts,
                             String lastError, String messageId, Instant createdAt, Instant sentAt,
                             Instant nextAttemptAt, String failureReason, String failure) {
        static OutboxJson of(OutboxMessage m, Locale language) {
            String reason = m.getFailureReason();
            return new OutboxJson(m.getId(), m.getKind(), m.getRecipient(), m.getLocale(), m.getStatus().name(),
                    m.getAttempts(), m.getLastError(), m.getMessageId(), m.getCreatedAt(), m.getSentAt(),
                    m.getNextAttemptAt(), reason,
                    reason == null ? null : Texts.get(language, "organizer.outbox.failure." + reason));
        }
    }
}
