package de.podium.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.glassfish.soteria.mechanisms.jaspic.Jaspic;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.ServletFakes;

/** The module answers the container exactly as Soteria's own bridge does, from the mechanism it was given. */
class CachedMechanismAuthModuleTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final HttpServletRequest request = ServletFakes.request(attributes);
    private final MessageInfo message = new Message(request, ServletFakes.response());

    @Test
    void everyRequestGoesToTheOneMechanismItWasGiven() throws AuthException {
        List<HttpServletRequest> seen = new ArrayList<>();
        CachedMechanismAuthModule module = module((request, response, context) -> {
            seen.add(request);
            return context.doNothing();
        });

        module.validateRequest(message, new Subject(), null);
        module.validateRequest(message, new Subject(), null);

        assertEquals(List.of(request, request), seen);
    }

    @Test
    void anAnonymousRequestGoesOnAndSecurityContextLearnsThatNothingWasDone() throws AuthException {
        CachedMechanismAuthModule module = module((rq, rs, context) -> context.doNothing());

        assertEquals(AuthStatus.SUCCESS, module.validateRequest(message, new Subject(), null));
        assertEquals(AuthenticationStatus.NOT_DONE, Jaspic.getLastAuthenticationStatus(request));
    }

    @Test
    void aRefusedSignInIsSentAsAFailureAndRecordedForSecurityContext() throws AuthException {
        CachedMechanismAuthModule module = module(
                (rq, rs, context) -> AuthenticationStatus.SEND_FAILURE);

        assertEquals(AuthStatus.SEND_FAILURE, module.validateRequest(message, new Subject(), null));
        assertEquals(AuthenticationStatus.SEND_FAILURE, Jaspic.getLastAuthenticationStatus(request));
    }

    @Test
    void aMechanismThatGivesUpFailsTheRequest() throws AuthException {
        CachedMechanismAuthModule module = module((rq, rs, context) -> {
            throw new AuthenticationException("identity store unreachable");
        });

        AuthException failure = assertThrows(AuthException.class, () -> module.validateRequest(message, new Subject(), null));
        assertInstanceOf(AuthenticationException.class, failure.getCause());
        assertEquals(AuthenticationStatus.SEND_FAILURE, Jaspic.getLastAuthenticationStatus(request));
    }

    @Test
    void aResponseTheMechanismLetsPassIsSent() throws AuthException {
        CachedMechanismAuthModule module = module((rq, rs, context) -> context.doNothing());

        assertEquals(AuthStatus.SEND_SUCCESS, module.secureResponse(message, null));
    }

    @Test
    void signingOutCleansThroughTheMechanism() throws AuthException {
        List<HttpMessageContext> cleaned = new ArrayList<>();
        HttpAuthenticationMechanism mechanism = new HttpAuthenticationMechanism() {
            @Override
            public AuthenticationStatus validateRequest(HttpServletRequest rq, HttpServletResponse rs,
                                                       HttpMessageContext context) {
                return context.doNothing();
            }

            @Override
            public void cleanSubject(HttpServletRequest rq, HttpServletResponse rs, HttpMessageContext context) {
                cleaned.add(context);
            }
        };

        module(mechanism).cleanSubject(message, null);

        assertEquals(1, cleaned.size());
        assertSame(request, cleaned.get(0).getRequest());
    }

    /** initialised as the container does, with a callback handler (here one that accepts every callback) */
    private static CachedMechanismAuthModule module(HttpAuthenticationMechanism mechanism) throws AuthException {
        CachedMechanismAuthModule module = new CachedMechanismAuthModule(mechanism);
        module.initialize(null, null, callbacks -> { }, Map.of());
        return module;
    }

    private record Message(Object getRequestMessage, Object getResponseMessage) implements MessageInfo {
        @Override
        public void setRequestMessage(Object request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseMessage(Object response) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getMap() {
            return new HashMap<>();
        }
    }
}
