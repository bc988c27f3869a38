package de.podium.registration.boundary;

import java.io.Serializable;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.Texts;
import de.podium.registration.control.RegistrationRetention;

/** The retention section of the organizer's registration page: how long registrations are kept after the end. */
@Named
@ViewScoped
public class RetentionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationRetention retention;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    OrganizerRegistrationsPage page;

    private Integer retentionDays;
    private boolean loaded;

    public void saveRetention() {
        try {
            retention.keepFor(page.getSlug(), retentionDays);
            PageMessages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO,
                    Texts.get(localeSelection.getLocale(), "organizer.retention.saved"));
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "retention", Set.of("days"));
        }
    }

    public Integer getRetentionDays() {
        if (!loaded) {
            loaded = true;
            retentionDays = retention.days(page.getSlug());
        }
        return retentionDays;
    }

    public void setRetentionDays(Integer retentionDays) {
        loaded = true;
        this.retentionDays = retentionDays;
    }
}
