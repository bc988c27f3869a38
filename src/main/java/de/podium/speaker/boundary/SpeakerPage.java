package de.podium.speaker.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.speaker.control.PublicSpeakers;

/** One public speaker page (/conferences/{slug}/speakers/{id}); unknown or not shown speakers are 404. */
@Named
@RequestScoped
public class SpeakerPage {

    @Inject
    PublicSpeakers speakers;

    @Inject
    LocaleSelection locales;

    private String slug;
    private Long id;
    private PublicSpeakers.Shown shown;

    public void load() throws IOException {
        shown = speakers.one(slug, id).orElse(null);
        if (shown == null) {
            FacesErrors.sendError(404);
        }
    }

    /** Stored sanitised and sanitised again here: never raw. */
    public String getBioHtml() {
        return shown == null ? null : shown.bioHtml(locales.getLocale());
    }

    public String getBioLanguage() {
        return shown == null ? null : shown.bioLanguage(locales.getLocale());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PublicSpeakers.Shown getShown() { return shown; }
}
