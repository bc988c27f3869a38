package de.podium.registration.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.Texts;
import de.podium.registration.control.RegistrationBackOffice;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.entity.Registration;

/**
 * "Anmeldung eintragen" on the organizer's registration page: the Vorzimmer phones in and the organizer enters the
 * person, confirmed at once; per registration "Kategorie wechseln", "Stornieren mit Grund" and its history. The
 * logic is {@link RegistrationBackOffice}'s; this bean only carries the fields.
 */
@Named
@ViewScoped
public class OrganizerEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Set<String> FIELDS = Set.of("category", "salutation", "title", "firstName", "lastName", "office",
            "organisation", "email", "locale", "enteredBy");

    static final Set<String> EDIT_FIELDS = Set.of("salutation", "title", "firstName", "lastName", "office", "organisation",
            "email", "locale");

    @Inject
    RegistrationBackOffice backOffice;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    OrganizerRegistrationsPage page;

    private final RegistrationData data = new RegistrationData();
    private Long selected;
    private String moveCategory;
    private String cancelReason;
    private final RegistrationData.OrganizerEdit edit = new RegistrationData.OrganizerEdit();

    public OrganizerEntryForm() {
        data.salutation = "NONE";
        data.locale = "de";
        data.enteredBy = "phone";
    }

    public void enter() {
        try {
            Registration created = backOffice.enter(page.getSlug(), data);
            FacesErrors.info(Texts.get(locale(), "organizer.entry.done", created.getName().full(),
                    Texts.get(locale(), "registration.status." + created.getStatus().name())));
            RegistrationData fresh = new RegistrationData();
            fresh.salutation = "NONE";
            fresh.locale = data.locale;
            fresh.enteredBy = data.enteredBy;
            fresh.category = data.category;
            copy(fresh);
            page.refresh();
        } catch (RuntimeException e) {
            PageMessages.show(e, locale(), "entry", FIELDS);
        }
    }

    /** Opens the actions and history of one registration below the list. */
    public void select(Long id) {
        selected = id;
        moveCategory = null;
        cancelReason = null;
        Registration registration = getSelectedRegistration();
        if (registration != null) {
            edit.salutation = registration.getSalutation().name();
            edit.title = registration.getName().getTitle();
            edit.firstName = registration.getName().getFirstName();
            edit.lastName = registration.getName().getLastName();
            edit.office = registration.getOffice();
            edit.organisation = registration.getOrganisation();
            edit.email = registration.getEmail();
            edit.locale = registration.getLocale();
        }
    }

    /** Saves the person fields of the selected registration; the history names what changed. */
    public void saveEdit() {
        try {
            backOffice.edit(page.getSlug(), selected, edit);
            FacesErrors.info(Texts.get(locale(), "organizer.entry.edited"));
            page.refresh();
        } catch (RuntimeException e) {
            PageMessages.show(e, locale(), "person", EDIT_FIELDS);
        }
    }

    /** Sends the mail of the registration's status (with the manage link) once more. */
    public void resend() {
        try {
            RegistrationBackOffice.ResentMail resent = backOffice.resend(page.getSlug(), selected);
            FacesErrors.info(Texts.get(locale(), "organizer.entry.resent", Texts.get(locale(), "mail.kind." + resent.kind()),
                    resent.registration().getEmail()));
        } catch (RuntimeException e) {
            PageMessages.show(e, locale(), "change", Set.of());
        }
    }

    public void move() {
        RegistrationData.Move move = new RegistrationData.Move();
        move.category = moveCategory;
        try {
            Registration moved = backOffice.move(page.getSlug(), selected, move);
            FacesErrors.info(Texts.get(locale(), "organizer.entry.moved",
                    Texts.get(locale(), "registration.status." + moved.getStatus().name())));
            page.refresh();
        } catch (RuntimeException e) {
            PageMessages.show(e, locale(), "change", Set.of("category"));
        }
    }

    public void cancel() {
        RegistrationData.Cancellation cancellation = new RegistrationData.Cancellation();
        cancellation.reason = cancelReason;
        try {
            backOffice.cancel(page.getSlug(), selected, cancellation);
            FacesErrors.info(Texts.get(locale(), "organizer.entry.cancelled"));
            cancelReason = null;
            page.refresh();
        } catch (RuntimeException e) {
            PageMessages.show(e, locale(), "change", Set.of("reason"));
        }
    }

    public List<RegistrationBackOffice.HistoryEntry> getHistory() {
        return selected == null ? List.of() : backOffice.history(page.getSlug(), selected, locale());
    }

    public Registration getSelectedRegistration() {
        return selected == null ? null : page.getRegistrations().stream().filter(r -> r.getId().equals(selected))
                .findFirst().orElse(null);
    }

    public String enteredNote(Registration registration) {
        return backOffice.enteredNote(registration, locale());
    }

    public String formatted(java.time.Instant at) {
        return at == null ? "" : Texts.pattern(locale(), "format.dateTime")
                .format(at.atZone(java.time.ZoneId.of(page.getConference().getTimeZone())));
    }

    private void copy(RegistrationData fresh) {
        data.copyFrom(fresh);
        data.category = fresh.category;
        data.email = null;
        data.locale = fresh.locale;
        data.enteredBy = fresh.enteredBy;
        data.consent = null;
    }

    private Locale locale() {
        return localeSelection.getLocale();
    }

    public RegistrationData getData() { return data; }
    public RegistrationData.OrganizerEdit getEdit() { return edit; }
    public String getCategory() { return data.category; }
    public void setCategory(String category) { data.category = category; }
    public String getEmail() { return data.email; }
    public void setEmail(String email) { data.email = email; }
    public String getLanguage() { return data.locale; }
    public void setLanguage(String language) { data.locale = language; }
    public String getEnteredBy() { return data.enteredBy; }
    public void setEnteredBy(String enteredBy) { data.enteredBy = enteredBy; }
    public Long getSelected() { return selected; }
    public String getMoveCategory() { return moveCategory; }
    public void setMoveCategory(String moveCategory) { this.moveCategory = moveCategory; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
