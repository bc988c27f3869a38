package de.podium.event.control;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo conference into an empty database when {@code podium.demo=true}. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    @ConfigProperty(name = "podium.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoConference demoConference;

    @PostConstruct
    void load() {
        if (demo && demoConference.loadIfEmpty()) {
            LOG.info("Demo conference " + DemoConference.SLUG + " loaded");
        }
    }
}
