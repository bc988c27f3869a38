package de.podium.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** Applies the per-address limit to API writes marked {@link AnonymousWrite}; signed-in clients are not limited. */
@Provider
@AnonymousWrite
@Priority(Priorities.USER)
public class AnonymousWriteFilter implements ContainerRequestFilter {

    @Inject
    AnonymousWriteGuard guard;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getSecurityContext().getUserPrincipal() == null) {
            guard.admit(request);
        }
    }
}
