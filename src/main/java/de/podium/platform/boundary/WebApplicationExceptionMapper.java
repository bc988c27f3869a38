package de.podium.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import de.podium.platform.control.Texts;

/** JAX-RS' own failures (unknown path, wrong method, unreadable body) in the JSON error shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedErrorMapper.internalError(exception, headers);
        }
        String error = ApiErrors.errorName(status);
        String key = status == 400 ? "error.malformed" : "error.http." + status;
        Response response = ApiErrors.response(status, error, Texts.get(ApiErrors.locale(headers), key), null);
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> response.getHeaders().add(name, v));
            }
        });
        return response;
    }
}
