package de.podium.registration.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.control.RegistrationService;
import de.podium.registration.entity.Registration;

/** The attendee's own registration behind the manage link: view, correct, cancel, export, QR code. */
@Named
@ViewScoped
public class SelfPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("title", "firstName", "lastName", "office", "organisation",
            "locale", "listInParticipants");

    @Inject
    RegistrationService registrations;

    @Inject
    LocaleSelection localeSelection;

    private String token;
    private String title;
    private String firstName;
    private String lastName;
    private String office;
    private String organisation;
    private String locale;
    private boolean listInParticipants;
    private String delegateTitle;
    private String delegateFirstName;
    private String delegateLastName;
    private String delegateOffice;
    private String delegateEmail;
    private transient Registration registration;

    public void load() throws IOException {
        try {
            fill(registration());
        } catch (PodiumException.NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void fill(Registration r) {
        title = r.getName().getTitle();
        firstName = r.getName().getFirstName();
        lastName = r.getName().getLastName();
        office = r.getOffice();
        organisation = r.getOrganisation();
        locale = r.getLocale();
        listInParticipants = r.isListInParticipants();
    }

    public void save() {
        RegistrationData.Correction data = new RegistrationData.Correction();
        data.title = title;
        data.firstName = firstName;
        data.lastName = lastName;
        data.office = office;
        data.organisation = organisation;
        data.locale = locale;
        data.listInParticipants = listInParticipants;
        try {
            registration = registrations.correct(token, data);
            info("self.saved");
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "correction", FIELDS);
        }
    }

    public void cancel() {
        try {
            registration = registrations.cancel(token);
            info("self.cancelled");
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "cancellation", Set.of());
        }
    }

    /** An official adds a person of their staff; they get their own registration and mail. */
    public void addDelegate() {
        RegistrationData data = new RegistrationData();
        data.title = delegateTitle;
        data.firstName = delegateFirstName;
        data.lastName = delegateLastName;
        data.office = delegateOffice;
        data.organisation = registration().getOrganisation();
        data.email = delegateEmail;
        data.locale = registration().getLocale();
        data.consent = new RegistrationData.Consent();
        data.consent.privacyPolicyVersion = registrations.privacyPolicyVersion();
        try {
            registrations.addDelegate(token, data);
            delegateTitle = null;
            delegateFirstName = null;
            delegateLastName = null;
            delegateOffice = null;
            delegateEmail = null;
            info("self.delegation.added");
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "delegation",
                    Set.of("title", "firstName", "lastName", "office", "email"));
        }
    }

    /** Officials with a place may bring staff; staff themselves cannot. */
    public boolean isDelegationOpen() {
        return registration().getStatus().holdsPlace() && registration().getLead() == null
                && !registration().isAnonymised();
    }

    private void info(String key) {
        PageMessages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO,
                Texts.get(localeSelection.getLocale(), key));
    }

    public Registration getRegistration() {
        return registration();
    }

    private Registration registration() {
        if (registration == null) {
            registration = registrations.bySelfToken(token);
        }
        return registration;
    }

    public List<Registration> getDelegation() {
        return registrations.delegation(registration());
    }

    public String getStatusText() {
        return Texts.get(localeSelection.getLocale(), "registration.status." + registration().getStatus());
    }

    public String getQrAlt() {
        return Texts.get(localeSelection.getLocale(), "self.qr.alt", registration().getConference().getTitle());
    }

    public boolean isCancellable() {
        return registration().getStatus().isActive()
                && registration().getStatus() != de.podium.registration.entity.RegistrationStatus.CHECKED_IN;
    }

    public String getDelegateTitle() { return delegateTitle; }
    public void setDelegateTitle(String delegateTitle) { this.delegateTitle = delegateTitle; }
    public String getDelegateFirstName() { return delegateFirstName; }
    public void setDelegateFirstName(String delegateFirstName) { this.delegateFirstName = delegateFirstName; }
    public String getDelegateLastName() { return delegateLastName; }
    public void setDelegateLastName(String delegateLastName) { this.delegateLastName = delegateLastName; }
    public String getDelegateOffice() { return delegateOffice; }
    public void setDelegateOffice(String delegateOffice) { this.delegateOffice = delegateOffice; }
    public String getDelegateEmail() { return delegateEmail; }
    public void setDelegateEmail(String delegateEmail) { this.delegateEmail = delegateEmail; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getOffice() { return office; }
    public void setOffice(String office) { this.office = office; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public boolean isListInParticipants() { return listInParticipants; }
    public void setListInParticipants(boolean listInParticipants) { this.listInParticipants = listInParticipants; }
}
