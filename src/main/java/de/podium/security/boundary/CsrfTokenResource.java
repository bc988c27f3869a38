package de.podium.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.control.PodiumException;

/**
 * GET /api/session/csrf-token: the token a script on Podium's pages sends in {@code X-CSRF-Token} with API writes
 * made with the sign-in cookie. Other sites cannot read it (no CORS), so they cannot send it.
 */
@Tag(name = ApiApplication.SECURITY)
@Path("session/csrf-token")
@ApplicationScoped
public class CsrfTokenResource {

    public record TokenJson(String header, String token) {
    }

    @Operation(operationId = "getCsrfToken")
    @APIResponse(responseCode = "200", description = "The header name and the session's token")
    @APIResponse(responseCode = "401", description = "Not signed in with the web login")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@Context HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() == null || session == null) {
            throw new PodiumException.NotSignedIn();
        }
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(new TokenJson(CsrfTokens.HEADER, CsrfTokens.of(session))).cacheControl(noStore).build();
    }
}
