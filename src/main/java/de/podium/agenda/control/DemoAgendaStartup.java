package de.podium.agenda.control;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The demo conference ships with its programme published as version 1. */
@Startup
@Singleton
@DependsOn("DemoDataStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoAgendaStartup {

    private static final Logger LOG = Logger.getLogger(DemoAgendaStartup.class.getName());

    @Inject
    @ConfigProperty(name = "podium.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoAgenda demoAgenda;

    @PostConstruct
    void publishDemoAgenda() {
        if (demo && demoAgenda.publishIfUnpublished().isPresent()) {
            LOG.info("Demo agenda published");
        }
    }
}
