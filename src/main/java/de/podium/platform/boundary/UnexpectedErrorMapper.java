package de.podium.platform.boundary;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import de.podium.platform.control.Texts;

/**
 * Everything not mapped elsewhere. An unreadable JSON body is the client's fault (400); a database that cannot
 * be reached is a passing outage (503 with Retry-After, nothing was stored); anything else is logged with an
 * incident id, and the client gets that id without a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        return respond(failure, headers);
    }

    static Response respond(Throwable failure, HttpHeaders headers) {
        String mistyped = mistypedProperty(failure);
        if (mistyped != null) {
            java.util.Locale locale = ApiErrors.locale(headers);
            return ApiErrors.response(422, "validation", Texts.get(locale, "error.validation"),
                    List.of(new ErrorBody.Field(mistyped, Texts.get(locale, "error.json.type"))));
        }
        if (isUnreadableBody(failure)) {
            return ApiErrors.response(400, "bad_request", Texts.get(ApiErrors.locale(headers), "error.malformed"), null);
        }
        if (DatabaseOutage.causedBy(failure)) {
            LOG.warning("Database unavailable: " + chain(failure));
            Response unavailable = ApiErrors.response(503, "unavailable",
                    Texts.get(ApiErrors.locale(headers), "error.unavailable"), null);
            unavailable.getHeaders().add("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
            return unavailable;
        }
        return internalError(failure, headers);
    }

    /** The failure and its causes on one line: the cause that made it an outage is usually the innermost. */
    static String chain(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure));
        int depth = 0;
        for (Throwable t = failure.getCause(); t != null && depth < 10; t = t.getCause(), depth++) {
            text.append(" <- ").append(t);
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    static Response internalError(Throwable failure, HttpHeaders headers) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return ApiErrors.response(500, "internal", Texts.get(ApiErrors.locale(headers), "error.internal", incident), null);
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("property '([A-Za-z0-9_]+)'");

    /** Well-formed JSON with a value of the wrong type names its property (JSON-B says which): a 422 for that field. */
    static String mistypedProperty(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonbException && t.getMessage() != null) {
                java.util.regex.Matcher property = PROPERTY.matcher(t.getMessage());
                if (property.find()) {
                    return property.group(1);
                }
            }
        }
        return null;
    }

    static boolean isUnreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // EOFException: the client closed the connection in the middle of its body (an aborted upload)
            if (t instanceof JsonbException || t instanceof jakarta.json.stream.JsonParsingException
                    || t instanceof jakarta.ws.rs.ProcessingException || t instanceof java.io.EOFException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
