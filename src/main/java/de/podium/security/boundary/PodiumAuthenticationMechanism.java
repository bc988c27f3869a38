package de.podium.security.boundary;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.podium.platform.boundary.SecurityHeaders;
import de.podium.platform.control.Links;
import de.podium.platform.control.TrustedProxies;
import de.podium.security.control.AccountService;
import de.podium.security.control.LoginThrottle;
import de.podium.security.control.PodiumIdentityStore;
import de.podium.security.control.Tarpit;

/**
 * One mechanism for both kinds of clients: HTTP Basic for API calls, a session established by the
 * sign-in page for browsers. Protected pages redirect to /login; protected API calls answer 401 JSON.
 */
@ApplicationScoped
public class PodiumAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "podium.caller";
    static final String SESSION_GROUPS = "podium.groups";
    static final String SESSION_EPOCH = "podium.sessionEpoch";
    public static final String THROTTLED = "podium.login.throttled";
    /** Retry-After of a guess refused because the node already holds as many late answers as it will. */
    private static final long REFUSED_WAIT_SECONDS = 1;

    @Inject
    PodiumIdentityStore identityStore;

    @Inject
    LoginThrottle throttle;

    @Inject
    Tarpit tarpit;

    @Inject
    AccountService accounts;

    @Inject
    TrustedProxies proxies;

    @Inject
    Links links;

    @Inject
    SecurityHeaders headers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            // this mechanism's own answers (401, 429, redirect to sign-in) leave before any filter runs; every other
            // request gets the headers from SecurityHeadersFilter, so anonymous reads do not pay for them twice
            headers.apply(request, response);
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(password, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) != null && !outlived(session)) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            return context.notifyContainerAboutLogin((String) session.getAttribute(SESSION_CALLER), groups);
        }
        if (context.isProtected()) {
            headers.apply(request, response);
            return challenge(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return ApiAuthResponses.unauthorized(request, response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return ApiAuthResponses.unauthorized(request, response, context);
        }
        String caller = decoded.substring(0, colon);
        String address = clientAddress(request);
        long wait = throttle.secondsUntilAllowed(caller, address);
        if (wait > 0) {
            return ApiAuthResponses.tooManyRequests(request, response, context, wait);
        }
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(caller, decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return failed(caller, address) ? ApiAuthResponses.unauthorized(request, response, context)
                    : ApiAuthResponses.tooManyRequests(request, response, context, REFUSED_WAIT_SECONDS);
        }
        throttle.recordSuccess(caller);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpMessageContext context) {
        String caller = credential.getCaller();
        String address = clientAddress(request);
        long wait = throttle.secondsUntilAllowed(caller, address);
        // the sign-in page shows failures itself, so no error status is sent here
        if (wait > 0) {
            request.setAttribute(THROTTLED, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (!failed(caller, address)) {
                request.setAttribute(THROTTLED, REFUSED_WAIT_SECONDS);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.recordSuccess(caller);
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_GROUPS, new HashSet<>(result.getCallerGroups()));
        session.setAttribute(SESSION_EPOCH, accounts.sessionEpoch(result.getCallerPrincipal().getName()));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A session signed in before the account's password was reset (or before the account was removed) ends here,
     * on every node: the epoch lives in the database, the session only remembers the one it began under.
     */
    private boolean outlived(HttpSession session) {
        Object epoch = session.getAttribute(SESSION_EPOCH);
        if (epoch instanceof Integer signedInUnder
                && signedInUnder == accounts.sessionEpoch((String) session.getAttribute(SESSION_CALLER))) {
            return false;
        }
        session.invalidate();
        return true;
    }

    private String clientAddress(HttpServletRequest request) {
        return proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** Records the failure and answers it late when the address is over its limit; false: refuse it instead. */
    private boolean failed(String caller, String address) {
        throttle.recordFailure(caller, address);
        return tarpit.hold(throttle.failureDelay(address));
    }

    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || isManagementEndpoint(path)) {
            return ApiAuthResponses.unauthorized(request, response, context);
        }
        String next = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // on the public address, not the Host header's (this runs before the filters that correct redirects)
        return context.redirect(links.to("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    /** Payara's /metrics and /openapi, protected in the production profile: scrapers want 401, not the sign-in page. */
    private static boolean isManagementEndpoint(String path) {
        return path.equals("/metrics") || path.startsWith("/metrics/") || path.equals("/openapi")
                || path.startsWith("/openapi/");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    static void writeJson(HttpServletResponse response, int status, String body) {
        try {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
