package de.podium.registration.boundary;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Named;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.AnonymousWriteGuard;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PersonData;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.control.Answers;
import de.podium.registration.control.InvitationLookup;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.control.RegistrationService;
import de.podium.registration.entity.Invitation;
import de.podium.registration.entity.Registration;

/**
 * The registration form; an invitation link (?invitation=CODE) pre-fills it. A stateless view: nothing is kept
 * between the GET and the POST but what the form sends (the conference comes from the URL, the invitation code
 * from its field), so anonymous visitors get no session.
 */
@Named
@RequestScoped
public class RegisterPage {

    private static final Set<String> FIELDS = Set.of("category", "salutation", "title", "firstName", "lastName", "office",
            "organisation", "email", "locale", "invitationCode", "consent");

    @Inject
    AnonymousWriteGuard anonymousWrites;

    @Inject
    ConferenceService conferences;

    @Inject
    RegistrationService registrations;

    @Inject
    InvitationLookup invitations;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Answers answers;

    private String slug;
    private String invitation;
    private String category;
    private final PersonData person = new PersonData();
    private String email;
    private String locale;
    private boolean consent;
    private boolean listInParticipants;
    private String outcome;
    private Conference conference;
    private AnswerForm answerForm;

    /** The conference of the URL (PageRouter's forward names it), already while the posted form is decoded. */
    @PostConstruct
    void init() {
        slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
    }

    public void load() throws IOException {
        if (conference() == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        locale = localeSelection.getLanguage();
        if (invitation != null && !invitation.isBlank()) {
            invitations.find(slug, invitation).ifPresent(this::prefill);
        }
    }

    private void prefill(Invitation i) {
        category = i.getCategory().getCode();
        person.salutation = i.getSalutation().name();
        person.title = i.getTitle();
        person.firstName = i.getFirstName();
        person.lastName = i.getLastName();
        person.office = i.getOffice();
        email = i.getEmail();
    }

    public void submit() {
        RegistrationData data = new RegistrationData();
        data.category = category;
        data.copyFrom(person);
        data.email = email;
        data.locale = locale;
        data.invitationCode = invitation;
        data.consent = new RegistrationData.Consent();
        data.consent.privacyPolicyVersion = consent ? registrations.privacyPolicyVersion() : null;
        data.consent.listInParticipants = listInParticipants;
        Category chosen = category == null ? null : conference().category(category.strip()).orElse(null);
        data.answers = getAnswerForm().answers(chosen);
        data.sensitiveConsent = getAnswerForm().consentGiven();
        if (!consent) {
            PageMessages.show(new PodiumException.Invalid("consent", "error.registration.consent.required"),
                    localeSelection.getLocale(), "registration", FIELDS);
            return;
        }
        try {
            anonymousWrites.admit((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            Registration registration = registrations.register(slug, data);
            outcome = registration.getStatus().name();
        } catch (RuntimeException e) {
            RuntimeException rest = getAnswerForm().absorb(e);
            if (rest != null) {
                PageMessages.show(rest, localeSelection.getLocale(), "registration", FIELDS);
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The conference's questions; a question of some categories says which, and is sent only for those. */
    public AnswerForm getAnswerForm() {
        if (answerForm == null) {
            answerForm = new AnswerForm(conference() == null ? List.of() : answers.questionsOf(conference()),
                    localeSelection.getLocale(),
                    FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap(), Map.of(),
                    "registration");
        }
        return answerForm;
    }

    public Conference getConference() {
        return conference();
    }

    private Conference conference() {
        if (conference == null && slug != null) {
            Optional<Conference> found = conferences.findBySlug(slug);
            conference = found.orElse(null);
        }
        return conference;
    }

    /** Categories with their rules and the places left, in the page's language. */
    public List<SelectItem> getCategories() {
        return conference().getCategories().stream().filter(c -> !c.isCompanion())
                .map(c -> new SelectItem(c.getCode(), label(c))).toList();
    }

    private String label(Category c) {
        StringBuilder label = new StringBuilder(c.localizedName(localeSelection.getLocale()));
        if (c.isInvitationOnly()) {
            label.append(" – ").append(Texts.get(localeSelection.getLocale(), "register.category.invitation"));
        }
        if (c.isApprovalRequired()) {
            label.append(" – ").append(Texts.get(localeSelection.getLocale(), "register.category.approval"));
        }
        if (c.available() != null && c.available() == 0) {
            label.append(" – ").append(Texts.get(localeSelection.getLocale(), "register.category.full"));
        }
        return label.toString();
    }

    public String getIntro() {
        return Texts.get(localeSelection.getLocale(), "register.intro", conference().getTitle());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getInvitation() { return invitation; }
    public void setInvitation(String invitation) { this.invitation = invitation; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public PersonData getPerson() { return person; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public boolean isListInParticipants() { return listInParticipants; }
    public void setListInParticipants(boolean listInParticipants) { this.listInParticipants = listInParticipants; }
    public String getOutcome() { return outcome; }
}
