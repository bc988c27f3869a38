package de.podium.security.boundary;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Puts {@link CachedMechanismAuthModule} in place of the module Soteria registered for this application. Soteria
 * registers its own while the container starts the application (a {@code ServletContainerInitializer}), before any
 * listener runs; registering again for the same application replaces it. Soteria still removes the registration
 * when the application stops.
 */
@WebListener
public class CachedMechanismAuthModuleInstaller implements ServletContextListener {

    /** the same bean Soteria's module resolves by this type on every request */
    @Inject
    HttpAuthenticationMechanism mechanism;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        AuthConfigFactory.getFactory()
                .registerServerAuthModule(new CachedMechanismAuthModule(mechanism), event.getServletContext());
    }
}
