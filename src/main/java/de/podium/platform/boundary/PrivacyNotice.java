package de.podium.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The version of the privacy notice that registrations record with the attendee's consent. */
@Named
@ApplicationScoped
public class PrivacyNotice {

    @Inject
    @ConfigProperty(name = "podium.privacy.policy-version", defaultValue = "2026-01")
    String version;

    public String getVersion() {
        return version;
    }
}
