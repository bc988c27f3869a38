package de.podium.registration.boundary;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Named;

import de.podium.platform.boundary.AnonymousWriteGuard;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.event.entity.Category;
import de.podium.platform.control.PersonData;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.control.Answers;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.control.RegistrationService;
import de.podium.registration.entity.Registration;

/**
 * The attendee's own registration behind the manage link: view, correct, cancel, export, QR code. A stateless
 * view: every request loads the registration by the token of the URL and fills the correction form from it; a
 * posted form then overwrites what it sends, so the other forms still show the stored data.
 */
@Named
@RequestScoped
public class SelfPage {

    private static final Set<String> FIELDS = Set.of("salutation", "title", "firstName", "lastName", "office", "organisation",
            "locale", "listInParticipants");

    @Inject
    AnonymousWriteGuard anonymousWrites;

    @Inject
    RegistrationService registrations;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Answers answers;

    private String token;
    private final PersonData person = new PersonData();
    private String locale;
    private boolean listInParticipants;
    private PersonData delegate = new PersonData();
    private String delegateEmail;
    private String delegateCategory;
    private Registration registration;
    private AnswerForm answerForm;
    /** Whether the confirmation step of cancelling is shown: asked for, or its form posted back (a stateless view). */
    private boolean confirmingCancel;

    /** The token of the URL (PageRouter's forward names it), already while a posted form is decoded. */
    @PostConstruct
    void init() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        confirmingCancel = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .containsKey("cancelConfirm");
        if (token != null) {
            try {
                // filled before a posted form updates the fields it sends
                registration();
            } catch (PodiumException.NotFound e) {
                // load() answers 404
            }
        }
    }

    @Inject
    de.podium.event.boundary.ConferenceBrand brand;

    public void load() throws IOException {
        try {
            brand.use(registration().getConference());
        } catch (PodiumException.NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void fill(Registration r) {
        person.salutation = r.getSalutation().name();
        person.title = r.getName().getTitle();
        person.firstName = r.getName().getFirstName();
        person.lastName = r.getName().getLastName();
        person.office = r.getOffice();
        person.organisation = r.getOrganisation();
        locale = r.getLocale();
        listInParticipants = r.isListInParticipants();
    }

    public void save() {
        RegistrationData.Correction data = new RegistrationData.Correction();
        data.copyFrom(person);
        data.locale = locale;
        data.listInParticipants = listInParticipants;
        try {
            registration = registrations.correct(token, data);
            info("self.saved");
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "correction", FIELDS);
        }
    }

    /** First step of cancelling: nothing changes yet, the page asks once more. */
    public void askCancel() {
        confirmingCancel = true;
    }

    /** The attendee keeps the registration after all. */
    public void keep() {
        confirmingCancel = false;
        info("self.cancel.kept");
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
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
        data.copyFrom(delegate);
        data.organisation = registration().getOrganisation();
        data.email = delegateEmail;
        data.locale = registration().getLocale();
        data.consent = new RegistrationData.Consent();
        data.consent.privacyPolicyVersion = registrations.privacyPolicyVersion();
        try {
            anonymousWrites.admit((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            if (getCompanionCategories().isEmpty()) {
                registrations.addDelegate(token, data);
            } else {
                data.category = delegateCategory;
                registrations.addCompanion(token, data);
            }
            delegate = new PersonData();
            delegateEmail = null;
            delegateCategory = null;
            info("self.delegation.added");
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "delegation",
                    Set.of("category", "salutation", "title", "firstName", "lastName", "office", "email"));
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

    /** The questions of the person's category with their answers; changeable until the conference starts. */
    public AnswerForm getAnswerForm() {
        if (answerForm == null) {
            Registration r = registration();
            answerForm = new AnswerForm(answers.askedOf(r.getCategory()), localeSelection.getLocale(),
                    FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap(),
                    Answers.json(answers.of(r)), "answers");
        }
        return answerForm;
    }

    public boolean isQuestionsAsked() {
        return !answers.askedOf(registration().getCategory()).isEmpty();
    }

    public boolean isAnswersChangeable() {
        Registration r = registration();
        return r.getStatus().isActive() && !r.isAnonymised() && answers.changeable(r);
    }

    /** Question and answer in words, for reading once they can no longer be changed. */
    public List<String[]> getGivenAnswers() {
        Registration r = registration();
        List<de.podium.registration.entity.Answer> given = answers.of(r);
        return answers.askedOf(r.getCategory()).stream()
                .map(q -> new String[] {q.localizedLabel(localeSelection.getLocale()),
                        java.util.Objects.requireNonNullElse(Answers.words(q, given, localeSelection.getLocale()),
                                Texts.get(localeSelection.getLocale(), "register.answer.none"))})
                .toList();
    }

    public void saveAnswers() {
        RegistrationData.Correction data = new RegistrationData.Correction();
        data.copyFrom(person);
        data.locale = registration().getLocale();
        data.listInParticipants = registration().isListInParticipants();
        data.answers = getAnswerForm().answers(null);
        data.sensitiveConsent = getAnswerForm().consentGiven();
        try {
            registration = registrations.correct(token, data);
            info("self.answers.saved");
        } catch (RuntimeException e) {
            RuntimeException rest = getAnswerForm().absorb(e);
            if (rest != null) {
                PageMessages.show(rest, localeSelection.getLocale(), "answers", Set.of());
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private Registration registration() {
        if (registration == null) {
            registration = registrations.bySelfToken(token);
            fill(registration);
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

    /** The conference's companion categories; with none, staff come in the official's own category. */
    public List<SelectItem> getCompanionCategories() {
        return registration().getConference().getCategories().stream().filter(Category::isCompanion)
                .map(c -> new SelectItem(c.getCode(), c.localizedName(localeSelection.getLocale()))).toList();
    }

    public String getDelegateCategory() { return delegateCategory; }
    public void setDelegateCategory(String delegateCategory) { this.delegateCategory = delegateCategory; }
    public PersonData getDelegate() { return delegate; }
    public String getDelegateEmail() { return delegateEmail; }
    public void setDelegateEmail(String delegateEmail) { this.delegateEmail = delegateEmail; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public PersonData getPerson() { return person; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public boolean isListInParticipants() { return listInParticipants; }
    public void setListInParticipants(boolean listInParticipants) { this.listInParticipants = listInParticipants; }
}
