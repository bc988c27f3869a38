package de.podium.platform.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


/** Builds error responses in the request's language. */
final class ApiErrors {

    private ApiErrors() {
    }

    static Locale locale(HttpHeaders headers) {
        return RequestLanguage.of(headers);
    }

    static Response response(int status, String error, String message, List<ErrorBody.Field> fields) {
        return response(status, error, message, fields, null);
    }

    static Response response(int status, String error, String message, List<ErrorBody.Field> fields,
                             List<Object> conflicts) {
        return response(status, error, message, null, fields, conflicts);
    }

    static Response response(int status, String error, String message, String field, List<ErrorBody.Field> fields,
                             List<Object> conflicts) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(status, error, message, field, fields == null || fields.isEmpty() ? null : fields,
                        conflicts == null || conflicts.isEmpty() ? null : conflicts))
                .build();
    }

    static String errorName(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "validation";
            case 429 -> "too_many_requests";
            default -> status >= 500 ? "internal" : "error";
        };
    }
}
