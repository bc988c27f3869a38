package de.podium.speaker.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** After the demo data: accounts for the demo conference's speakers named in the seed. */
@Startup
@Singleton
@DependsOn("DemoDataStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSpeakerStartup {

    @Inject
    @ConfigProperty(name = "podium.demo", defaultValue = "false")
    boolean demo;

    @Inject
    DemoSpeakerAccounts accounts;

    @PostConstruct
    void createDemoSpeakerAccounts() {
        if (demo) {
            accounts.create();
        }
    }
}
