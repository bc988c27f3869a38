package de.podium.security.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import de.podium.platform.boundary.AnonymousWrite;
import de.podium.platform.boundary.ApiApplication;
import de.podium.platform.control.PodiumException;
import de.podium.security.control.PasswordPolicy;
import de.podium.security.control.PasswordResets;

/** "Passwort vergessen" for API clients: the same steps as the /password-reset page. */
@Tag(name = ApiApplication.SECURITY)
@Path("password-reset")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PasswordResetResource {

    public record ResetRequest(String email) {
    }

    public record NewPassword(String token, String password) {
    }

    public record Accepted(String status) {
    }

    public record Done(String email) {
    }

    @Inject
    PasswordResets resets;

    @Operation(operationId = "requestPasswordReset")
    @APIResponse(responseCode = "202", description = "A link is mailed if the address has an account; the answer is the same either way")
    @POST
    @AnonymousWrite
    public Response request(ResetRequest body) {
        resets.request(body == null ? null : body.email());
        return Response.accepted(new Accepted("accepted")).build();
    }

    @Operation(operationId = "confirmPasswordReset")
    @APIResponse(responseCode = "200", description = "The new password is set; every session of the account has ended")
    @APIResponse(responseCode = "410", description = "The link is unknown, used or expired")
    @POST
    @AnonymousWrite
    @Path("confirm")
    public Done confirm(NewPassword body) {
        if (body == null || body.password() == null) {
            throw new PodiumException.Invalid("password", "error.password.tooShort", PasswordPolicy.MIN_LENGTH);
        }
        return new Done(resets.confirm(body.token(), body.password()));
    }
}
