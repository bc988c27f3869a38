package de.podium.event.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.event.control.ConferenceService;
import de.podium.event.control.LegalLinks;
import de.podium.event.entity.Conference;

/**
 * Imprint and privacy links of every page's footer: those of the conference the page is about (PageRouter names it
 * in the {@code slug} parameter), else the operator's. Podium's own paths get the context path.
 */
@Named
@RequestScoped
public class FooterLinks {

    @Inject
    ConferenceService conferences;

    @Inject
    LegalLinks legal;

    private Conference conference;
    private boolean looked;

    public String getImprint() {
        return local(legal.imprint(conference()));
    }

    public String getPrivacy() {
        return local(legal.privacy(conference()));
    }

    private Conference conference() {
        if (!looked) {
            looked = true;
            String slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
            if (slug != null && slug.matches("[a-z0-9][a-z0-9-]{1,79}")) {
                conference = conferences.findBySlug(slug).orElse(null);
            }
        }
        return conference;
    }

    private static String local(String url) {
        return url.startsWith("/")
                ? FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + url : url;
    }
}
