package de.podium.event.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.platform.control.TypedDateTimes;

/** Create and edit a conference: /organizer/conferences/new and /organizer/conferences/{slug}. */
@Named
@ViewScoped
public class ConferenceEditor implements Serializable {

    static final String FORM = "conference";

    @Inject
    ConferenceService conferences;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private ConferenceForm form;
    private LocalDateTime savedStart;
    private LocalDateTime savedEnd;

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (slug == null) {
            form = new ConferenceForm();
            form.addCategory();
            return;
        }
        FacesErrors.loadOrSendError(() -> {
            form = ConferenceForm.of(conferences.forOrganizer(slug));
            savedStart = form.getStartsAt();
            savedEnd = form.getEndsAt();
        });
    }

    public void save() throws IOException {
        try {
            Conference saved = isNew() ? conferences.create(form.toData()) : conferences.update(slug, form.toData());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.conference.saved", saved.getTitle()));
            external.redirect(external.getRequestContextPath() + "/organizer/conferences/" + saved.getSlug());
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
    }


    /** Examples in the help texts: the conference's own saved dates, or a morning next month for a new one. */
    public LocalDateTime getExampleStart() {
        return savedStart != null ? savedStart : LocalDate.now().plusMonths(1).atTime(9, 0);
    }

    public LocalDateTime getExampleEnd() {
        return savedEnd != null ? savedEnd : getExampleStart().withHour(17);
    }

    public String hint(LocalDateTime example) {
        Locale locale = localeSelection.getLocale();
        return Texts.get(locale, "format.dateTimeHint", TypedDateTimes.format(locale, example));
    }

    public boolean isNew() {
        return slug == null;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public ConferenceForm getForm() { return form; }
}
