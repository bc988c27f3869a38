package de.podium.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import de.podium.platform.control.AnonymousRequest;
import de.podium.platform.control.AnonymousWrites;
import de.podium.platform.control.TrustedProxies;

/**
 * The one check for anonymous writes, from the API filter and from the public pages' actions: counts the client
 * address (through a trusted proxy, the forwarded one) and marks the request so its mail is limited per recipient.
 */
@ApplicationScoped
public class AnonymousWriteGuard {

    @Inject
    AnonymousWrites writes;

    @Inject
    AnonymousRequest anonymous;

    @Inject
    TrustedProxies proxies;

    public void admit(HttpServletRequest request) {
        writes.admit(proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        anonymous.mark();
    }
}
