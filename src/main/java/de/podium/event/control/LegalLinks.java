package de.podium.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.event.entity.Conference;
import de.podium.platform.control.Links;

/**
 * The imprint (Impressum, § 5 DDG) and privacy notice a page footer or a mail links: the conference's own when its
 * organizer set them, otherwise the operator's ({@code podium.imprint.url}, {@code podium.privacy.url}). Addresses that
 * start with a slash are Podium's own pages and made absolute for mails.
 */
@ApplicationScoped
public class LegalLinks {

    @Inject
    @ConfigProperty(name = "podium.imprint.url")
    String defaultImprint;

    @Inject
    @ConfigProperty(name = "podium.privacy.url", defaultValue = "/privacy")
    String defaultPrivacy;

    @Inject
    Links links;

    /** For a page: as configured, so that Podium's own pages stay relative. {@code conference} may be null. */
    public String imprint(Conference conference) {
        return conference != null && conference.getImprintUrl() != null ? conference.getImprintUrl() : defaultImprint;
    }

    public String privacy(Conference conference) {
        return conference != null && conference.getPrivacyUrl() != null ? conference.getPrivacyUrl() : defaultPrivacy;
    }

    /** For a mail: always absolute. */
    public String absoluteImprint(Conference conference) {
        return absolute(imprint(conference));
    }

    public String absolutePrivacy(Conference conference) {
        return absolute(privacy(conference));
    }

    private String absolute(String url) {
        return url.startsWith("/") ? links.to(url) : url;
    }

    /** What an organizer may enter: an http(s) address or a path of Podium; anything else (javascript:, data:) is not a link. */
    public static boolean isLinkable(String url) {
        return url == null || url.isBlank() || url.matches("(?i)https?://[^\\s<>\"]+") || url.matches("/[^/\\s<>\"][^\\s<>\"]*");
    }
}
