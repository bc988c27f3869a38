package de.podium.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.platform.control.StartupFailure;

/**
 * Stops start-up in the production profile while default passwords remain (after demo data is loaded). The
 * profile's demands on the configuration (database, SMTP, base URL, cookies) are checked earlier, before the
 * first database access: {@link de.podium.platform.control.ProductionSettings}.
 */
@Startup
@Singleton
@DependsOn("DemoDataStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductionProfileStartup {

    @Inject
    @ConfigProperty(name = "podium.profile", defaultValue = "development")
    String profile;

    @Inject
    @ConfigProperty(name = "podium.exit-on-startup-failure", defaultValue = "true")
    boolean exitOnFailure;

    @Inject
    AccountService accounts;

    @PostConstruct
    void check() {
        DefaultPasswordCheck.refusal(profile, accounts.accountsWithDefaultPassword())
                .ifPresent(reason -> {
                    throw StartupFailure.stop(reason, exitOnFailure);
                });
    }
}
