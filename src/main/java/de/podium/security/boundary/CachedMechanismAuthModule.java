package de.podium.security.boundary;

import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.glassfish.soteria.mechanisms.HttpMessageContextImpl;
import org.glassfish.soteria.mechanisms.jaspic.Jaspic;

/**
 * Soteria's bridge from Jakarta Authentication to the application's {@link HttpAuthenticationMechanism}, doing what
 * Soteria's {@code HttpBridgeServerAuthModule} does with one difference: it holds the mechanism, where Soteria's looks
 * it up for every request, twice (before and after), each time through a new JNDI {@code InitialContext} for the
 * bean manager. Under load that lookup was a fifth of the CPU of a public agenda read.
 * {@link CachedMechanismAuthModuleInstaller} registers it in place of Soteria's.
 */
public class CachedMechanismAuthModule implements ServerAuthModule {

    private static final Class<?>[] MESSAGE_TYPES = {HttpServletRequest.class, HttpServletResponse.class};

    private final HttpAuthenticationMechanism mechanism;
    private CallbackHandler handler;

    public CachedMechanismAuthModule(HttpAuthenticationMechanism mechanism) {
        this.mechanism = mechanism;
    }

    @Override
    public void initialize(MessagePolicy requestPolicy, MessagePolicy responsePolicy, CallbackHandler handler,
                           @SuppressWarnings("rawtypes") Map options) {
        this.handler = handler;
    }

    @Override
    public Class<?>[] getSupportedMessageTypes() {
        return MESSAGE_TYPES.clone();
    }

    @Override
    public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
        HttpMessageContext context = new HttpMessageContextImpl(handler, message, client);
        HttpServletRequest request = context.getRequest();
        // SecurityContext.authenticate reads the outcome back from the request
        Jaspic.setLastAuthenticationStatus(request, AuthenticationStatus.NOT_DONE);
        AuthenticationStatus status;
        try {
            status = mechanism.validateRequest(request, context.getResponse(), context);
        } catch (AuthenticationException e) {
            Jaspic.setLastAuthenticationStatus(request, AuthenticationStatus.SEND_FAILURE);
            throw (AuthException) new AuthException("Authentication failure in HttpAuthenticationMechanism")
                    .initCause(e);
        }
        Jaspic.setLastAuthenticationStatus(request, status);
        return Jaspic.fromAuthenticationStatus(status);
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
        HttpMessageContext context = new HttpMessageContextImpl(handler, message, null);
        try {
            AuthStatus status = Jaspic.fromAuthenticationStatus(
                    mechanism.secureResponse(context.getRequest(), context.getResponse(), context));
            return status == AuthStatus.SUCCESS ? AuthStatus.SEND_SUCCESS : status;
        } catch (AuthenticationException e) {
            throw (AuthException) new AuthException("Secure response failure in HttpAuthenticationMechanism")
                    .initCause(e);
        }
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
        HttpMessageContext context = new HttpMessageContextImpl(handler, message, subject);
        mechanism.cleanSubject(context.getRequest(), context.getResponse(), context);
    }
}
