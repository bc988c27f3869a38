package de.podium.registration.entity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.platform.entity.Salutation;

/**
 * One person's place at one conference. Changes status only through its methods, which refuse the
 * transitions DOMAIN.md does not allow; whether a place is free is decided by the database, not here.
 */
@Entity
@NamedQuery(name = Registration.BY_MANAGE_TOKEN, query = "SELECT r FROM Registration r WHERE r.manageToken = :token")
@NamedQuery(name = Registration.BY_CONFIRM_TOKEN, query = "SELECT r FROM Registration r WHERE r.confirmToken = :token")
@NamedQuery(name = Registration.BY_CHECKIN_CODE, query = "SELECT r FROM Registration r "
        + "WHERE r.conference = :conference AND r.checkinCode = :code")
@NamedQuery(name = Registration.BY_SHORT_CODE, query = "SELECT r FROM Registration r "
        + "WHERE r.conference = :conference AND r.shortCode = :code")
@NamedQuery(name = Registration.ACTIVE_BY_EMAIL, query = "SELECT COUNT(r) FROM Registration r "
        + "WHERE r.conference = :conference AND r.activeEmail = :email")
@NamedQuery(name = Registration.FIRST_WAITLISTED, query = "SELECT r FROM Registration r WHERE r.category = :category "
        + "AND r.status = de.podium.registration.entity.RegistrationStatus.WAITLISTED ORDER BY r.waitlistedAt, r.id")
@NamedQuery(name = Registration.OF_CONFERENCE, query = "SELECT r FROM Registration r WHERE r.conference = :conference "
        + "ORDER BY r.createdAt, r.id")
@NamedQuery(name = Registration.DELEGATION, query = "SELECT r FROM Registration r WHERE r.lead = :lead ORDER BY r.id")
@NamedQuery(name = Registration.ACTIVE_DELEGATES, query = "SELECT COUNT(r) FROM Registration r WHERE r.lead = :lead "
        + "AND r.status <> de.podium.registration.entity.RegistrationStatus.CANCELLED")
@NamedQuery(name = Registration.COUNT_OF_CONFERENCE, query = "SELECT COUNT(r) FROM Registration r "
        + "WHERE r.conference = :conference")
public class Registration {

    public static final String BY_MANAGE_TOKEN = "Registration.byManageToken";
    public static final String BY_CONFIRM_TOKEN = "Registration.byConfirmToken";
    public static final String BY_CHECKIN_CODE = "Registration.byCheckinCode";
    public static final String BY_SHORT_CODE = "Registration.byShortCode";
    public static final String ACTIVE_BY_EMAIL = "Registration.activeByEmail";
    /** The database's constraint: one active registration per address and conference. */
    public static final String UNIQUE_ACTIVE_EMAIL = "uq_registration_active_email";
    public static final String FIRST_WAITLISTED = "Registration.firstWaitlisted";
    public static final String OF_CONFERENCE = "Registration.ofConference";
    public static final String DELEGATION = "Registration.delegation";
    public static final String ACTIVE_DELEGATES = "Registration.activeDelegates";
    public static final String COUNT_OF_CONFERENCE = "Registration.countOfConference";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ERASED = "-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne
    @JoinColumn(name = "lead_id")
    private Registration lead;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status = RegistrationStatus.PENDING_CONFIRMATION;

    @Enumerated(EnumType.STRING)
    private Salutation salutation = Salutation.NONE;
    @Embedded
    private PersonName name;
    private String office;
    private String organisation;
    private String email;
    @Column(name = "active_email")
    private String activeEmail;
    private String locale;
    @Column(name = "privacy_policy_version")
    private String privacyPolicyVersion;
    @Column(name = "consented_at")
    private Instant consentedAt;
    @Column(name = "list_in_participants")
    private boolean listInParticipants;
    @ManyToOne
    @JoinColumn(name = "invitation_id")
    private Invitation invitation;
    @Column(name = "confirm_token")
    private String confirmToken;
    @Column(name = "manage_token")
    private String manageToken;
    @Column(name = "checkin_code")
    private String checkinCode;
    @Column(name = "short_code")
    private String shortCode;
    @Column(name = "door_note")
    private String doorNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    private CancelReason cancelReason;
    private boolean anonymised;
    @Column(name = "precedence_rank")
    private Integer rank;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** The organizer who entered the registration on the person's behalf; null when the person registered. */
    @Column(name = "entered_by")
    private String enteredBy;
    @Column(name = "entered_at")
    private Instant enteredAt;
    /** How the person gave consent to an organizer's entry: {@code phone}, {@code mail} or {@code letter}. */
    @Column(name = "consent_via")
    private String consentVia;
    @Version
    private long version;
    /** Where a confirm() of the running transaction started from, until its place is known to be taken. */
    @Transient
    private transient BeforeConfirm beforeConfirm;

    private record BeforeConfirm(RegistrationStatus status, Instant waitlistedAt) {
    }

    protected Registration() {
    }

    /** A new registration waiting for its e-mail address to be confirmed (double opt-in). */
    public Registration(Category category, PersonName name, EmailAddress email, String locale,
                        String privacyPolicyVersion, boolean listInParticipants) {
        this.conference = category.getConference();
        this.category = category;
        this.name = name;
        this.email = email.value();
        this.activeEmail = email.normalised();
        this.locale = locale;
        this.privacyPolicyVersion = privacyPolicyVersion;
        this.listInParticipants = listInParticipants;
        this.createdAt = Instant.now();
        this.consentedAt = createdAt;
        this.updatedAt = createdAt;
        this.confirmToken = token();
        this.manageToken = token();
        this.checkinCode = token();
        this.shortCode = ShortCode.random();
    }

    /** A long random value that cannot be guessed from ids: 32 bytes, URL-safe. */
    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public void describe(Salutation salutation, String office, String organisation) {
        this.salutation = salutation == null ? Salutation.NONE : salutation;
        this.office = office;
        this.organisation = organisation;
        touch();
    }

    public void correct(Salutation newSalutation, PersonName newName, String newOffice, String newOrganisation, String newLocale,
                        boolean listed) {
        requireNotErased("correct");
        requireIn(EnumSet.complementOf(EnumSet.of(RegistrationStatus.CANCELLED)), "correct");
        this.salutation = newSalutation == null ? Salutation.NONE : newSalutation;
        this.name = newName;
        this.office = newOffice;
        this.organisation = newOrganisation;
        this.locale = newLocale;
        this.listInParticipants = listed;
        touch();
    }

    /** An organizer entered this registration on the person's behalf, who consented by phone, mail or letter. */
    public void enteredBy(String organizer, String via) {
        this.enteredBy = organizer;
        this.enteredAt = Instant.now();
        this.consentVia = via;
        touch();
    }

    /** The organizer corrects the address; an active registration keeps it unique within the conference. */
    public void changeEmail(EmailAddress address) {
        requireNotErased("changeEmail");
        this.email = address.value();
        if (status.isActive()) {
            this.activeEmail = address.normalised();
        }
        touch();
    }

    /** The organizer moves the person to another category; places are the caller's (and the database's) business. */
    public void moveTo(Category other) {
        requireNotErased("move");
        requireIn(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION, RegistrationStatus.CONFIRMED,
                RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING_APPROVAL), "move");
        this.category = other;
        touch();
    }

    /** Moved from a held place into a category that had none left: at the end of that category's waiting list. */
    public void waitlistAfterMove() {
        requireIn(EnumSet.of(RegistrationStatus.CONFIRMED), "waitlistAfterMove");
        status = RegistrationStatus.WAITLISTED;
        confirmedAt = null;
        waitlistedAt = Instant.now();
        touch();
    }

    /** The organizer's individual precedence within protocol order; {@code null} leaves it to category and name. */
    public void rankAt(Integer newRank) {
        this.rank = newRank;
        touch();
    }

    public void useInvitation(Invitation used) {
        this.invitation = used;
    }

    public void accompany(Registration official) {
        this.lead = official;
    }

    /** A place was taken for this registration. */
    public void confirm() {
        requireIn(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION, RegistrationStatus.WAITLISTED,
                RegistrationStatus.PENDING_APPROVAL), "confirm");
        beforeConfirm = new BeforeConfirm(status, waitlistedAt);
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = Instant.now();
        touch();
    }

    /**
     * The place that a {@link #confirm()} of the same transaction counted on was gone when the counters were
     * updated at its end: in line on the waiting list instead, at the place it had there if it stood in line.
     */
    public void noPlaceAfterAll() {
        if (beforeConfirm == null || status != RegistrationStatus.CONFIRMED) {
            throw new IllegalTransition(status, "noPlaceAfterAll");
        }
        status = RegistrationStatus.WAITLISTED;
        waitlistedAt = beforeConfirm.waitlistedAt() == null ? Instant.now() : beforeConfirm.waitlistedAt();
        confirmedAt = null;
        beforeConfirm = null;
        touch();
    }

    /** No place left: in line in the order of confirmation. */
    public void waitlist() {
        requireIn(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION, RegistrationStatus.PENDING_APPROVAL), "waitlist");
        status = RegistrationStatus.WAITLISTED;
        waitlistedAt = Instant.now();
        touch();
    }

    /** A moderated category: an organizer decides. */
    public void awaitApproval() {
        requireIn(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION), "awaitApproval");
        status = RegistrationStatus.PENDING_APPROVAL;
        touch();
    }

    /** Ends the registration; returns whether it held a place that is now free. */
    public boolean cancel(CancelReason reason) {
        requireIn(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION, RegistrationStatus.CONFIRMED,
                RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING_APPROVAL), "cancel");
        if (reason == CancelReason.REJECTED && status != RegistrationStatus.PENDING_APPROVAL) {
            throw new IllegalTransition(status, "reject");
        }
        boolean heldPlace = status.holdsPlace();
        status = RegistrationStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = Instant.now();
        activeEmail = null;
        confirmToken = null;
        touch();
        return heldPlace;
    }

    public void checkIn() {
        requireIn(EnumSet.of(RegistrationStatus.CONFIRMED), "checkIn");
        status = RegistrationStatus.CHECKED_IN;
        checkedInAt = Instant.now();
        touch();
    }

    /** A check-in made by mistake at the door is taken back: the person is expected again. */
    public void undoCheckIn() {
        requireIn(EnumSet.of(RegistrationStatus.CHECKED_IN), "undoCheckIn");
        status = RegistrationStatus.CONFIRMED;
        checkedInAt = null;
        touch();
    }

    /** GDPR erasure: the person disappears, the status and category stay so that counts stay right. */
    public void anonymise() {
        salutation = Salutation.NONE;
        name = new PersonName(null, ERASED, ERASED);
        office = null;
        doorNote = null;
        organisation = null;
        email = "erased-" + id + "@erased.invalid";
        activeEmail = null;
        confirmToken = null;
        manageToken = token();
        listInParticipants = false;
        anonymised = true;
        touch();
    }

    public boolean isConfirmTokenUsable() {
        return status == RegistrationStatus.PENDING_CONFIRMATION;
    }

    private void requireIn(Set<RegistrationStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new IllegalTransition(status, action);
        }
    }

    private void requireNotErased(String action) {
        if (anonymised) {
            throw new IllegalTransition(status, action);
        }
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Conference getConference() { return conference; }
    public Category getCategory() { return category; }
    public Registration getLead() { return lead; }
    public RegistrationStatus getStatus() { return status; }
    public Salutation getSalutation() { return salutation; }
    public PersonName getName() { return name; }
    public String getOffice() { return office; }
    public String getOrganisation() { return organisation; }
    public String getEmail() { return email; }
    public String getLocale() { return locale; }
    public String getPrivacyPolicyVersion() { return privacyPolicyVersion; }
    public Instant getConsentedAt() { return consentedAt; }
    public boolean isListInParticipants() { return listInParticipants; }
    public Invitation getInvitation() { return invitation; }
    public String getConfirmToken() { return confirmToken; }
    public String getManageToken() { return manageToken; }
    public String getCheckinCode() { return checkinCode; }
    public String getShortCode() { return shortCode; }
    public String getDoorNote() { return doorNote; }
    public void setDoorNote(String doorNote) { this.doorNote = doorNote; touch(); }
    public CancelReason getCancelReason() { return cancelReason; }
    public boolean isAnonymised() { return anonymised; }
    public Integer getRank() { return rank; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Instant getWaitlistedAt() { return waitlistedAt; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }
    public String getConsentVia() { return consentVia; }
}
