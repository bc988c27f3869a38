package de.podium.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.event.control.ConferenceBranding;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;

/**
 * The branding the page layout shows (accent colour, logo): that of the conference the page belongs to, found by
 * the page's {@code slug} parameter, or set by a page that knows its conference another way (the manage link).
 */
@Named
@RequestScoped
public class ConferenceBrand {

    @Inject
    ConferenceService conferences;

    private Conference conference;
    private boolean resolved;

    public void use(Conference conference) {
        this.conference = conference;
        this.resolved = true;
    }

    private Conference current() {
        if (!resolved) {
            resolved = true;
            String slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
            if (slug != null && slug.matches("[a-z0-9][a-z0-9-]{0,79}")) {
                conference = conferences.findBySlug(slug).orElse(null);
            }
        }
        return conference;
    }

    /** "#rrggbb", checked for contrast when it was stored, or null for Podium's own colour. */
    public String getAccent() {
        Conference c = current();
        return c == null ? null : c.getAccentColour();
    }

    /** The accent colour as the page's brand colour (header, links, primary buttons). */
    public String getStyleRule() {
        String accent = getAccent();
        return accent == null ? "" : ":root { --brand: " + accent + "; }";
    }

    public String getLogoUrl() {
        Conference c = current();
        return c == null ? null : ConferenceBranding.logoUrl(c);
    }

    /** Whose logo it is, for people who do not see it. */
    public String getLogoAlt() {
        Conference c = current();
        return c == null ? null : c.getOrganizerName() == null ? c.getTitle() : c.getOrganizerName();
    }
}
