package de.podium.platform.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** Maps the failures of control services to the HTTP statuses of API.md. */
@Provider
public class PodiumExceptionMapper implements ExceptionMapper<PodiumException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PodiumException failure) {
        Locale locale = ApiErrors.locale(headers);
        int status = statusOf(failure);
        List<ErrorBody.Field> fields = failure.fieldErrors().stream()
                .map(f -> new ErrorBody.Field(f.field(), Texts.get(locale, f.messageKey(), f.args())))
                .toList();
        Response response = ApiErrors.response(status, failure.code(),
                Texts.get(locale, failure.messageKey(), failure.args()), failure.field(), fields,
                readable(failure.details(), locale));
        if (failure instanceof PodiumException.NotSignedIn) {
            response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Podium\", charset=\"UTF-8\"");
        }
        if (failure instanceof PodiumException.TooManyRequests tooMany) {
            response.getHeaders().add("Retry-After", tooMany.retryAfterSeconds());
        }
        return response;
    }

    /** Details carry messages as keys; they are written out here, in the language of the request. */
    @SuppressWarnings("unchecked")
    static <T> T readable(T detail, Locale locale) {
        if (detail instanceof Texts.Message message) {
            return (T) message.in(locale);
        }
        if (detail instanceof java.util.Map<?, ?> map) {
            java.util.Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, readable(v, locale)));
            return (T) copy;
        }
        if (detail instanceof List<?> list) {
            return (T) list.stream().map(v -> readable(v, locale)).toList();
        }
        return detail;
    }

    static int statusOf(PodiumException failure) {
        if (failure instanceof PodiumException.NotFound) {
            return 404;
        }
        if (failure instanceof PodiumException.Conflict) {
            return 409;
        }
        if (failure instanceof PodiumException.Gone) {
            return 410;
        }
        if (failure instanceof PodiumException.Forbidden) {
            return 403;
        }
        if (failure instanceof PodiumException.NotSignedIn) {
            return 401;
        }
        if (failure instanceof PodiumException.TooManyRequests) {
            return 429;
        }
        if (failure instanceof PodiumException.TooLarge) {
            return 413;
        }
        if (failure instanceof PodiumException.UnsupportedType) {
            return 415;
        }
        return 422;
    }
}
