package de.podium.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links to Podium for mails, feeds and calendar files. The public address is {@code podium.base-url}; its
 * default lives in {@code config/microprofile-config.properties} only.
 */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "podium.base-url")
    String baseUrl;

    /** The public address without a trailing slash, e.g. {@code https://podium.example.org}. */
    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute link to a path of Podium that starts with a slash, e.g. {@code /conferences/x/agenda}. */
    public String to(String path) {
        return base() + path;
    }
}
