package de.podium.registration.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.control.ConferenceAccess;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.platform.entity.Salutation;
import de.podium.registration.entity.Answer;
import de.podium.registration.entity.CancelReason;
import de.podium.registration.entity.EmailAddress;
import de.podium.registration.entity.PersonName;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationChange;
import de.podium.registration.entity.RegistrationStatus;
import de.podium.registration.entity.RegistrationChange.Action;
import de.podium.security.entity.Account;

/**
 * The organizer's back office for registrations (issue #19 item 2): enter one on someone's behalf (the Vorzimmer
 * phones in), edit any person field, move to another category, cancel with a reason. Each is allowed only to
 * organizers of the conference and kept in the registration's history (who, when, what).
 */
@ApplicationScoped
public class RegistrationBackOffice {

    /** The person fields an organizer edits, in the order the history names them. */
    static final List<String> FIELDS = List.of("salutation", "title", "firstName", "lastName", "office",
            "organisation", "email", "locale");

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    ConferenceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationMails mails;

    @Inject
    Answers answers;

    /** A registration entered by an organizer: confirmed at once (or waiting list), no double opt-in. */
    @Transactional
    public Registration enter(String slug, RegistrationData data) {
        Conference conference = conferences.bySlug(slug);
        Account organizer = access.requireOrganizerOf(conference);
        if (data != null) {
            data.invitationCode = null;
            if (data.consent == null) {
                data.consent = new RegistrationData.Consent();
            }
            if (data.consent.privacyPolicyVersion == null || data.consent.privacyPolicyVersion.isBlank()) {
                data.consent.privacyPolicyVersion = registrations.privacyPolicyVersion();
            }
        }
        validator.check(data);
        if (data.enteredBy == null) {
            throw new PodiumException.Invalid("enteredBy", "error.registration.enteredBy.missing");
        }
        Category category = registrations.checked(conference, data);
        Registration registration = RegistrationService.newRegistration(category, data, new EmailAddress(data.email));
        registration.enteredBy(by(organizer), data.enteredBy);
        registrations.persist(registration);
        record(registration, organizer, Action.ENTERED, data.enteredBy);
        List<Answer> recorded = answers.record(registration, data.answers, data.sensitiveConsent);
        em.flush();
        answers.takePlaces(recorded);
        registrations.placeDirectly(registration);
        return registration;
    }

    /** Any person field of any registration of the conference; the history names the fields that changed. */
    @Transactional
    public Registration edit(String slug, Long id, RegistrationData.OrganizerEdit data) {
        Registration registration = ofConference(slug, id);
        Account organizer = access.requireOrganizerOf(registration.getConference());
        validator.check(data);
        if (!EmailAddress.isValid(data.email)) {
            throw new PodiumException.Invalid("email", "error.registration.email.invalid");
        }
        List<String> before = values(registration);
        EmailAddress email = new EmailAddress(data.email);
        if (!email.value().equalsIgnoreCase(registration.getEmail()) && registration.getStatus().isActive()) {
            registrations.requireNoActiveRegistration(registration.getConference(), email);
        }
        RegistrationService.transition(() -> {
            registration.correct(data.salutation == null ? registration.getSalutation() : Salutation.of(data.salutation),
                    new PersonName(data.title, data.firstName, data.lastName), Texts.blankToNull(data.office),
                    Texts.blankToNull(data.organisation), data.locale == null ? registration.getLocale() : data.locale,
                    registration.isListInParticipants());
            registration.changeEmail(email);
            return null;
        });
        List<String> after = values(registration);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            if (!Objects.equals(before.get(i), after.get(i))) {
                changed.add(FIELDS.get(i));
            }
        }
        if (!changed.isEmpty()) {
            record(registration, organizer, Action.EDITED, String.join(",", changed));
        }
        return registration;
    }

    /** To another category; a full one puts the person on its waiting list, the old place goes to the old list. */
    @Transactional
    public Registration move(String slug, Long id, RegistrationData.Move data) {
        Registration registration = ofConference(slug, id);
        Account organizer = access.requireOrganizerOf(registration.getConference());
        validator.check(data);
        Category to = registration.getConference().category(data.category.strip()).orElseThrow(() ->
                new PodiumException.Invalid("category", "error.registration.category.unknown", data.category));
        Category from = registration.getCategory();
        if (from.getId().equals(to.getId())) {
            return registration;
        }
        record(registration, organizer, Action.MOVED, from.getCode() + ">" + to.getCode());
        registrations.move(registration, to);
        return registration;
    }

    /** Cancelled by the organizer with a reason; a held place goes to the first on the waiting list. */
    @Transactional
    public Registration cancel(String slug, Long id, RegistrationData.Cancellation data) {
        Registration registration = ofConference(slug, id);
        Account organizer = access.requireOrganizerOf(registration.getConference());
        validator.check(data);
        RegistrationService.transition(() -> {
            if (!registration.getStatus().isActive()) {
                throw new de.podium.registration.entity.IllegalTransition(registration.getStatus(), "cancel");
            }
            return null;
        });
        record(registration, organizer, Action.CANCELLED, data.reason.strip());
        mails.cancelled(registration);
        registrations.end(registration, CancelReason.ORGANIZER);
        return registration;
    }

    /**
     * Sends the person the mail of their registration's current status again (the confirmation with the manage link,
     * the opt-in request, the waiting-list or the pending-approval mail), e.g. when it went to the spam folder.
     */
    @Transactional
    public ResentMail resend(String slug, Long id) {
        Registration registration = ofConference(slug, id);
        Account organizer = access.requireOrganizerOf(registration.getConference());
        RegistrationService.transition(() -> {
            if (!RESENDABLE.contains(registration.getStatus())) {
                throw new de.podium.registration.entity.IllegalTransition(registration.getStatus(), "resend");
            }
            return null;
        });
        String kind = mails.outcome(registration, false).getKind();
        record(registration, organizer, Action.RESENT, kind);
        return new ResentMail(registration, kind);
    }

    private static final java.util.Set<RegistrationStatus> RESENDABLE = java.util.EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION,
            RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING_APPROVAL);

    /** The registration and the kind of mail queued for it again. */
    public record ResentMail(Registration registration, String kind) {
    }

    /** The registration's history in words of the reader's language, oldest first. */
    public List<HistoryEntry> history(String slug, Long id, Locale locale) {
        Registration registration = ofConference(slug, id);
        return em.createNamedQuery(RegistrationChange.OF_REGISTRATION, RegistrationChange.class)
                .setParameter("registration", registration).getResultList().stream()
                .map(c -> new HistoryEntry(c.getChangedAt(), c.getChangedBy(),
                        Texts.get(locale, "registration.history.action." + c.getAction().name()),
                        details(c, registration.getConference(), locale)))
                .toList();
    }

    /** "entered by <organizer> on <date>, consent given by phone", or null for a person who registered themselves. */
    public String enteredNote(Registration registration, Locale locale) {
        if (registration.getEnteredBy() == null) {
            return null;
        }
        ZoneId zone = ZoneId.of(registration.getConference().getTimeZone());
        return Texts.get(locale, "registration.entered.note", registration.getEnteredBy(),
                Texts.pattern(locale, "format.date").format(registration.getEnteredAt().atZone(zone)),
                Texts.get(locale, "registration.consentVia." + registration.getConsentVia()));
    }

    public record HistoryEntry(Instant at, String by, String action, String details) {
    }

    private static String details(RegistrationChange change, Conference conference, Locale locale) {
        String details = change.getDetails() == null ? "" : change.getDetails();
        return switch (change.getAction()) {
            case ENTERED -> Texts.get(locale, "registration.history.details.ENTERED",
                    Texts.get(locale, "registration.consentVia." + details));
            case EDITED -> Texts.get(locale, "registration.history.details.EDITED", Arrays.stream(details.split(","))
                    .map(f -> Texts.get(locale, "registration.field." + f)).collect(Collectors.joining(", ")));
            case MOVED -> {
                String[] codes = details.split(">", 2);
                yield Texts.get(locale, "registration.history.details.MOVED", categoryName(conference, codes[0], locale),
                        categoryName(conference, codes.length > 1 ? codes[1] : "", locale));
            }
            case CANCELLED -> Texts.get(locale, "registration.history.details.CANCELLED", details);
            case RESENT -> Texts.get(locale, "registration.history.details.RESENT", Texts.get(locale, "mail.kind." + details));
        };
    }

    private static String categoryName(Conference conference, String code, Locale locale) {
        return conference.category(code).map(c -> c.localizedName(locale)).orElse(code);
    }

    private void record(Registration registration, Account organizer, Action action, String details) {
        em.persist(new RegistrationChange(registration, by(organizer), action, details));
    }

    private static String by(Account organizer) {
        return organizer.getDisplayName() == null || organizer.getDisplayName().isBlank()
                ? organizer.getEmail() : organizer.getDisplayName();
    }

    private static List<String> values(Registration r) {
        return Arrays.asList(r.getSalutation().name(), r.getName().getTitle(), r.getName().getFirstName(),
                r.getName().getLastName(), r.getOffice(), r.getOrganisation(), r.getEmail(), r.getLocale());
    }

    private Registration ofConference(String slug, Long id) {
        Conference conference = conferences.forOrganizer(slug);
        Registration registration = id == null ? null : em.find(Registration.class, id);
        if (registration == null || !registration.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.registration.unknown", id);
        }
        return registration;
    }
}
