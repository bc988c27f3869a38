package de.podium.registration.control;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seeds registrations of the demo conference after it was loaded, when {@code podium.demo=true}. */
@Startup
@Singleton
@DependsOn("DemoDataStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RegistrationDemoStartup {

    private static final Logger LOG = Logger.getLogger(RegistrationDemoStartup.class.getName());

    @Inject
    @ConfigProperty(name = "podium.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoRegistrations registrations;

    @PostConstruct
    void load() {
        if (demo) {
            int added = registrations.loadIfEmpty();
            if (added > 0) {
                LOG.info(() -> added + " demo registrations added");
            }
        }
    }
}
