package de.podium.event.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import de.podium.event.control.ConferenceBranding;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** "Erscheinungsbild" on the organizer's conference page: accent colour and logo. */
@Named
@ViewScoped
public class BrandingForm implements Serializable {

    static final String FORM = "branding";

    @Inject
    ConferenceBranding branding;

    @Inject
    ConferenceEditor editor;

    @Inject
    LocaleSelection localeSelection;

    private String accentColour;
    private boolean loaded;
    private String logoUrl;
    private transient Part logo;

    private void load() {
        if (!loaded && !editor.isNew()) {
            Conference conference = branding.forOrganizer(editor.getSlug());
            accentColour = conference.getAccentColour();
            logoUrl = ConferenceBranding.logoUrl(conference);
            loaded = true;
        }
    }

    public void save() {
        Locale locale = localeSelection.getLocale();
        try {
            Conference conference = branding.setAccent(editor.getSlug(), accentColour);
            if (logo != null && logo.getSize() > 0) {
                try (InputStream content = logo.getInputStream()) {
                    conference = branding.setLogo(editor.getSlug(), content);
                }
            }
            accentColour = conference.getAccentColour();
            logoUrl = ConferenceBranding.logoUrl(conference);
            FacesErrors.info(Texts.get(locale, "organizer.branding.saved"));
        } catch (PodiumException.Invalid e) {
            FacesErrors.show(FORM, e, locale);
        } catch (PodiumException e) {
            FacesErrors.show(FORM, new PodiumException.Invalid("logo", e.messageKey(), e.args()), locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeLogo() {
        branding.removeLogo(editor.getSlug());
        logoUrl = null;
        FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.branding.logoRemoved"));
    }

    public String getAccentColour() {
        load();
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        loaded = true;
        this.accentColour = accentColour;
    }

    public String getLogoUrl() {
        load();
        return logoUrl;
    }

    public Part getLogo() { return logo; }
    public void setLogo(Part logo) { this.logo = logo; }
}
