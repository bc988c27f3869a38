package de.podium.security.boundary;

import java.util.Locale;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.podium.platform.control.Texts;

/** 401 and 429 answers of the API in the JSON error shape of API.md. */
final class ApiAuthResponses {

    private ApiAuthResponses() {
    }

    static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Podium\", charset=\"UTF-8\"");
        PodiumAuthenticationMechanism.writeJson(response, 401, body(401, "unauthorized",
                Texts.get(locale(request), "error.unauthorized")));
        return AuthenticationStatus.SEND_FAILURE;
    }

    static AuthenticationStatus tooManyRequests(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context, long retryAfterSeconds) {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        PodiumAuthenticationMechanism.writeJson(response, 429, body(429, "too_many_requests",
                Texts.get(locale(request), "error.tooManyRequests", retryAfterSeconds)));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Locale locale(HttpServletRequest request) {
        return Texts.supported(request.getLocale());
    }

    private static String body(int status, String error, String message) {
        return Json.createObjectBuilder().add("status", status).add("error", error).add("message", message)
                .build().toString();
    }
}
