package de.podium.registration.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.mail.entity.OutboxMessage;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.platform.control.UniqueViolation;
import de.podium.platform.entity.Salutation;
import de.podium.platform.control.PodiumException.FieldError;
import de.podium.registration.entity.Answer;
import de.podium.registration.entity.CancelReason;
import de.podium.registration.entity.EmailAddress;
import de.podium.registration.entity.IllegalTransition;
import de.podium.registration.entity.Invitation;
import de.podium.registration.entity.PersonName;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/**
 * The attendee's side: register, confirm the e-mail address, view, correct, cancel, bring a delegation.
 * Placing a registration (confirmed, waiting list or approval) and the promotion that follows a
 * cancellation happen here, inside one transaction with the place counters of {@link Places}.
 */
@ApplicationScoped
public class RegistrationService {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    InputValidator validator;

    @Inject
    Places places;

    @Inject
    RegistrationMails mails;

    @Inject
    Answers answers;

    @Inject
    @ConfigProperty(name = "podium.privacy.policy-version", defaultValue = "2026-01")
    String privacyPolicyVersion;

    @Inject
    @ConfigProperty(name = "podium.registration.max-delegates", defaultValue = "3")
    int maxDelegates;

    /** The version of the privacy notice the registration form shows and stores with each consent. */
    public String privacyPolicyVersion() {
        return privacyPolicyVersion;
    }

    @Transactional
    public Registration register(String slug, RegistrationData data) {
        Conference conference = conferences.withCategories(slug);
        validator.check(data);
        Category category = checked(conference, data);
        if (category.isCompanion()) {
            throw new PodiumException.Invalid("category", "error.registration.companion.throughLead",
                    category.localizedName(Texts.GERMAN));
        }
        if (!conference.isRegistrationOpen()) {
            throw new PodiumException.Conflict("registration_closed", "error.registration.closed", conference.getTitle());
        }
        Invitation invitation = invitationFor(category, data.invitationCode);
        // no count of the address's active registrations first: the unique index refuses a second one at the
        // INSERT (persist), and that count, prepared on a young table, kept a plan that read the whole conference
        Registration registration = newRegistration(category, data, new EmailAddress(data.email));
        boolean placeNow = !conference.isDoubleOptIn();
        boolean countsOnPlace = placeNow && settle(registration);
        persist(registration);
        if (invitation != null) {
            registration.useInvitation(invitation);
            invitation.useFor(registration);
        }
        List<Answer> recorded = answers.record(registration, data.answers, data.sensitiveConsent);
        if (!placeNow) {
            mails.outcome(registration, false);
            em.flush();
            answers.takePlaces(recorded);
        } else {
            answers.takePlaces(recorded);
            queueOutcome(registration, countsOnPlace);
        }
        return registration;
    }

    /** Double opt-in: the address is confirmed; only now does the registration take a place. */
    @Transactional
    public Registration confirm(String token) {
        if (token == null || token.isBlank()) {
            throw new PodiumException.Invalid("token", "error.registration.token.missing");
        }
        Registration registration = em.createNamedQuery(Registration.BY_CONFIRM_TOKEN, Registration.class)
                .setParameter("token", token.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new PodiumException.NotFound("error.registration.token.unknown"));
        if (registration.isConfirmTokenUsable()) {
            place(registration);
        }
        return registration;
    }

    public Registration bySelfToken(String token) {
        return em.createNamedQuery(Registration.BY_MANAGE_TOKEN, Registration.class)
                .setParameter("token", token == null ? "" : token).getResultStream().findFirst()
                .orElseThrow(() -> new PodiumException.NotFound("error.registration.token.unknown"));
    }

    @Transactional
    public Registration correct(String token, RegistrationData.Correction data) {
        Registration registration = bySelfToken(token);
        validator.check(data);
        transition(() -> {
            registration.correct(data.salutation == null ? registration.getSalutation() : Salutation.of(data.salutation),
                    new PersonName(data.title, data.firstName, data.lastName), Texts.blankToNull(data.office),
                    Texts.blankToNull(data.organisation), data.locale == null ? registration.getLocale() : data.locale,
                    data.listInParticipants == null ? registration.isListInParticipants() : data.listInParticipants);
            return null;
        });
        if (data.answers != null) {
            answers.change(registration, data.answers, data.sensitiveConsent);
        }
        return registration;
    }

    /** The attendee withdraws; a held place goes to the first on the waiting list at once. */
    @Transactional
    public Registration cancel(String token) {
        Registration registration = bySelfToken(token);
        mails.cancelled(registration);
        end(registration, CancelReason.ATTENDEE);
        return registration;
    }

    /**
     * An official names a person of their staff: own data, the official's category, counted like anyone. The
     * delegate holds no place until they confirm their own address (double opt-in, whatever the conference's
     * setting, expiring like any unconfirmed registration); an official may name at most
     * {@code podium.registration.max-delegates} people at a time.
     */
    @Transactional
    public Registration addDelegate(String token, RegistrationData data) {
        Registration lead = bySelfToken(token);
        if (data != null) {
            data.category = lead.getCategory().getCode();
            data.invitationCode = null;
        }
        validator.check(data);
        checked(lead.getConference(), data);
        return accompanying(lead, data, lead.getCategory());
    }

    /**
     * An official brings a companion (Begleitperson, persönliche/r Referent/in, Fahrer/in) in a companion category:
     * not the official's category, so the companion takes that category's places (or none of a category's when it
     * has no quota) and gets its badge band. Otherwise like a delegate: double opt-in, counted in the same limit.
     */
    @Transactional
    public Registration addCompanion(String token, RegistrationData data) {
        Registration lead = bySelfToken(token);
        if (data != null) {
            data.invitationCode = null;
        }
        validator.check(data);
        Category category = checked(lead.getConference(), data);
        if (!category.isCompanion()) {
            throw new PodiumException.Invalid("category", "error.registration.companion.category", data.category);
        }
        return accompanying(lead, data, category);
    }

    private Registration accompanying(Registration lead, RegistrationData data, Category category) {
        if (!lead.getStatus().holdsPlace() || lead.getLead() != null) {
            throw new PodiumException.Conflict("lead_not_confirmed", "error.registration.delegation.leadNotConfirmed");
        }
        // the lock on the lead's row makes concurrent requests of one lead count one after the other
        em.lock(lead, LockModeType.PESSIMISTIC_WRITE);
        if (activeDelegates(lead) >= maxDelegates) {
            throw new PodiumException.Conflict("delegation_limit", "error.registration.delegation.limit", maxDelegates);
        }
        Registration delegate = newRegistration(category, data, new EmailAddress(data.email));
        delegate.accompany(lead);
        persist(delegate);
        mails.delegateConfirm(delegate);
        return delegate;
    }

    private long activeDelegates(Registration lead) {
        return em.createNamedQuery(Registration.ACTIVE_DELEGATES, Long.class).setParameter("lead", lead)
                .getSingleResult();
    }

    public List<Registration> delegation(Registration lead) {
        return em.createNamedQuery(Registration.DELEGATION, Registration.class).setParameter("lead", lead).getResultList();
    }

    /**
     * Gives a registration its place, or puts it on the waiting list or before the organizers; mails the outcome.
     * <p>
     * Taking a place locks the counter rows that every registration of the category (and of a conference with a
     * capacity) must pass, until commit. So everything else is written first, as if the place will be there
     * (status, outcome mail — queued as a reference, rendered later by the sender), and the counter UPDATEs are
     * the last statements before commit. A registration that finds no place after all is corrected after them,
     * while it holds no counter lock, as a failed conditional UPDATE locks nothing.
     */
    void place(Registration registration) {
        queueOutcome(registration, settle(registration));
    }

    /**
     * Decides what a registration that may take a place becomes, before anything about it is written (a new one
     * is then inserted with its status, no UPDATE after): awaiting approval (returns false), or confirmed,
     * counting on a place that {@link #queueOutcome} takes.
     */
    private boolean settle(Registration registration) {
        if (registration.getCategory().isApprovalRequired()
                && registration.getStatus() == RegistrationStatus.PENDING_CONFIRMATION) {
            transition(() -> {
                registration.awaitApproval();
                return null;
            });
            return false;
        }
        transition(() -> {
            registration.confirm();
            return null;
        });
        return true;
    }

    /** The outcome mail, then (for a registration counting on a place) the counters, last before commit. */
    private void queueOutcome(Registration registration, boolean countsOnPlace) {
        if (!countsOnPlace) {
            mails.outcome(registration, false);
            return;
        }
        OutboxMessage mail = mails.outcome(registration, false);
        em.flush();
        if (!places.take(registration.getCategory())) {
            registration.noPlaceAfterAll();
            mails.retell(mail, registration);
        }
    }

    /**
     * Ends a registration and hands a freed place on, counters last as in {@link #place}. Used by attendees,
     * organizers and the expiry job; they queue their own mail about the ending before, so nothing follows the
     * counters.
     */
    void end(Registration registration, CancelReason reason) {
        boolean freed = transition(() -> registration.cancel(reason));
        answers.releasePlaces(registration);
        if (!freed) {
            return;
        }
        Category category = registration.getCategory();
        Promotion promotion = promoteFirstWaiting(category);
        em.flush();
        handOn(category, promotion);
    }

    /** The freed place of the category goes back to the counters and to the promoted person, counters last. */
    private void handOn(Category category, Promotion promotion) {
        places.release(category);
        if (promotion != null && !places.take(category)) {
            promotion.registration().noPlaceAfterAll();
            mails.withdraw(promotion.mail());
        }
    }

    /**
     * An organizer's entry: no double opt-in and no approval, the person is confirmed at once when the category
     * (and conference) has a place, else on the waiting list; the outcome mail carries the manage link.
     */
    void placeDirectly(Registration registration) {
        transition(() -> {
            registration.confirm();
            return null;
        });
        OutboxMessage mail = mails.outcome(registration, false);
        em.flush();
        if (!places.take(registration.getCategory())) {
            registration.noPlaceAfterAll();
            mails.retell(mail, registration);
        }
    }

    /**
     * Moves a registration to another category under the capacity rules. A person holding a place gives it back
     * to the old category (whose first waiting person gets it) and takes one in the new category, or stands at the
     * end of its waiting list when it is full. A person on a waiting list joins the new category's and gets a place
     * there if one is free. Counters last, as in {@link #place} and {@link #end}.
     */
    void move(Registration registration, Category to) {
        Category from = registration.getCategory();
        boolean held = registration.getStatus().holdsPlace();
        boolean waiting = registration.getStatus() == RegistrationStatus.WAITLISTED;
        if (held || waiting) {
            // before the registration points at the new category: that row change alone takes a key-share lock on it
            places.lockForMove(from, to);
        }
        transition(() -> {
            registration.moveTo(to);
            return null;
        });
        answers.keepAskedOf(registration, to);
        if (held) {
            Promotion promotion = promoteFirstWaiting(from);
            em.flush();
            places.release(from);
            if (!places.take(to)) {
                registration.waitlistAfterMove();
            }
            if (promotion != null && !places.take(from)) {
                promotion.registration().noPlaceAfterAll();
                mails.withdraw(promotion.mail());
            }
        } else if (waiting) {
            registration.confirm();
            OutboxMessage mail = mails.outcome(registration, true);
            em.flush();
            if (!places.take(to)) {
                registration.noPlaceAfterAll();
                mails.withdraw(mail);
            }
        }
    }

    private record Promotion(Registration registration, OutboxMessage mail) {
    }

    /** The first on the waiting list of the category, in the order they joined it, is to get the freed place. */
    private Promotion promoteFirstWaiting(Category category) {
        Registration first = em.createNamedQuery(Registration.FIRST_WAITLISTED, Registration.class)
                .setParameter("category", category)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        first.confirm();
        return new Promotion(first, mails.outcome(first, true));
    }

    static <T> T transition(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalTransition e) {
            throw new PodiumException.Conflict("illegal_transition", "error.registration.transition",
                    e.from().name());
        }
    }

    Category checked(Conference conference, RegistrationData data) {
        List<FieldError> errors = new ArrayList<>();
        Category category = conference.category(data.category.strip()).orElse(null);
        if (category == null) {
            errors.add(new FieldError("category", "error.registration.category.unknown", data.category));
        }
        if (!EmailAddress.isValid(data.email)) {
            errors.add(new FieldError("email", "error.registration.email.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        return category;
    }

    private Invitation invitationFor(Category category, String code) {
        if (code == null || code.isBlank()) {
            if (category.isInvitationOnly()) {
                throw new PodiumException.Forbidden("invitation_required", "error.registration.invitationRequired");
            }
            return null;
        }
        Invitation invitation = em.createNamedQuery(Invitation.BY_CODE, Invitation.class)
                .setParameter("code", code.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (invitation == null || !invitation.admits(category)) {
            throw new PodiumException.Forbidden("invitation_required", "error.registration.invitationInvalid");
        }
        return invitation;
    }

    /**
     * For a change of address, which the unique index would refuse only at the commit. A new registration is not
     * counted first: {@link #persist} refuses it at the INSERT, and the count, prepared while the table is young and
     * without statistics, can read every registration of the conference (README, hot paths).
     */
    void requireNoActiveRegistration(Conference conference, EmailAddress email) {
        long active = em.createNamedQuery(Registration.ACTIVE_BY_EMAIL, Long.class)
                .setParameter("conference", conference).setParameter("email", email.normalised()).getSingleResult();
        if (active > 0) {
            throw new PodiumException.Conflict("duplicate", "error.registration.duplicate");
        }
    }

    static Registration newRegistration(Category category, RegistrationData data, EmailAddress email) {
        Registration registration = new Registration(category, new PersonName(data.title, data.firstName, data.lastName),
                email, data.locale == null ? "de" : data.locale, data.consent.privacyPolicyVersion.strip(),
                data.consent.listInParticipants);
        registration.describe(Salutation.of(data.salutation), Texts.blankToNull(data.office), Texts.blankToNull(data.organisation));
        return registration;
    }

    /**
     * The unique index on (conference, active e-mail) refuses a second active registration of an address. Only that
     * refusal is the user's: a collision of a random code (short code, tokens) is no duplicate and stays a fault.
     */
    void persist(Registration registration) {
        try {
            em.persist(registration);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, Registration.UNIQUE_ACTIVE_EMAIL)) {
                throw new PodiumException.Conflict("duplicate", "error.registration.duplicate");
            }
            throw e;
        }
    }
}
