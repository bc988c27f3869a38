package de.podium.demo;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one start-up bean of the demo data, when {@code podium.demo=true}: the demo conference with accounts, rooms,
 * speakers and talks, then its registrations, the accounts of the seed's other speakers and the programme published
 * as version 1. Each step is its own transaction that holds the {@link DemoDataLock} and loads only what is missing,
 * so nodes starting together on an empty database load everything once. {@code ProductionProfileStartup} names this
 * bean in its {@code @DependsOn} so that it sees the demo accounts' default passwords.
 */
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

    @Inject
    DemoRegistrations demoRegistrations;

    @Inject
    DemoSpeakerAccounts demoSpeakerAccounts;

    @Inject
    DemoAgenda demoAgenda;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        if (demoConference.loadIfEmpty()) {
            LOG.info("Demo conference " + DemoConference.SLUG + " loaded");
        }
        int added = demoRegistrations.loadIfEmpty();
        if (added > 0) {
            LOG.info(() -> added + " demo registrations added");
        }
        demoSpeakerAccounts.create();
        if (demoAgenda.publishIfUnpublished().isPresent()) {
            LOG.info("Demo agenda published");
        }
    }
}
