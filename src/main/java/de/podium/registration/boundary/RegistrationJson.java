package de.podium.registration.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.podium.mail.control.PersonalMail;
import de.podium.registration.control.Answers;
import de.podium.registration.control.PersonalData;
import de.podium.registration.control.RegistrationMails;
import de.podium.registration.entity.Answer;
import de.podium.registration.entity.Invitation;
import de.podium.registration.entity.Registration;

/** JSON shapes of registrations in API.md. */
public final class RegistrationJson {

    private RegistrationJson() {
    }

    @Schema(name = "RegistrationStatus")
    public record Created(Long id, String status) {
        static Created of(Registration r) {
            return new Created(r.getId(), r.getStatus().name());
        }
    }

    public record Consent(String privacyPolicyVersion, boolean listInParticipants, Instant consentedAt) {
    }

    public record ConferenceRef(String slug, String title) {
    }

    public record Member(Long id, String status, String salutation, String title, String firstName, String lastName, String office) {
        static Member of(Registration r) {
            return new Member(r.getId(), r.getStatus().name(), r.getSalutation().name(), r.getName().getTitle(), r.getName().getFirstName(),
                    r.getName().getLastName(), r.getOffice());
        }
    }

    /** Everything about one registration, for its owner (manage link) and the conference's organizers. */
    @Schema(name = "OwnRegistration")
    public record Full(Long id, String status, ConferenceRef conference, String category, String salutation,
                       String letterSalutation, String title,
                       String firstName, String lastName, String office, String organisation, String email,
                       String locale, Consent consent, String qrCode, String qrCodeUrl, Long leadId,
                       List<Member> delegation, Instant createdAt, Instant confirmedAt, Instant waitlistedAt,
                       Instant checkedInAt, Instant cancelledAt, String cancelReason, boolean anonymised,
                       List<Object> personalAgenda, List<PersonalMail.Sent> mails, String shortCode,
                       Map<String, Object> answers) {
        static Full of(Registration r, List<Registration> delegation, List<Answer> answers) {
            return of(r, delegation, new PersonalData.Export(null, null), answers);
        }

        /** With the personal agenda and the mail history: the GDPR export. */
        static Full of(Registration r, List<Registration> delegation, PersonalData.Export more, List<Answer> answers) {
            return new Full(r.getId(), r.getStatus().name(),
                    new ConferenceRef(r.getConference().getSlug(), r.getConference().getTitle()),
                    r.getCategory().getCode(), r.getSalutation().name(), RegistrationMails.salutationLine(r),
                    r.getName().getTitle(), r.getName().getFirstName(),
                    r.getName().getLastName(), r.getOffice(), r.getOrganisation(), r.getEmail(), r.getLocale(),
                    new Consent(r.getPrivacyPolicyVersion(), r.isListInParticipants(), r.getConsentedAt()),
                    r.getCheckinCode(), "/api/registrations/self/" + r.getManageToken() + "/qr.png",
                    r.getLead() == null ? null : r.getLead().getId(),
                    delegation.stream().map(Member::of).toList(), r.getCreatedAt(), r.getConfirmedAt(),
                    r.getWaitlistedAt(), r.getCheckedInAt(), r.getCancelledAt(),
                    r.getCancelReason() == null ? null : r.getCancelReason().name(), r.isAnonymised(),
                    more.personalAgenda() == null ? null : List.<Object>copyOf(more.personalAgenda()), more.mails(),
                    r.getShortCode(), Answers.json(answers));
        }
    }

    /** One line of the organizer's list. */
    public record Row(Long id, String status, String category, String salutation, String title, String firstName, String lastName,
                      String office, String organisation, String email, String locale, boolean listInParticipants,
                      Long leadId, String delegatedBy, boolean anonymised, Instant createdAt, Instant confirmedAt,
                      Instant checkedInAt, Integer rank, String shortCode, String enteredBy, Instant enteredAt,
                      String consentVia, Map<String, Object> answers) {
        static Row of(Registration r) {
            return of(r, List.of());
        }

        /** With the person's answers, for the conference's organizers only (sensitive ones included). */
        static Row of(Registration r, List<Answer> answers) {
            return new Row(r.getId(), r.getStatus().name(), r.getCategory().getCode(), r.getSalutation().name(),
                    r.getName().getTitle(),
                    r.getName().getFirstName(), r.getName().getLastName(), r.getOffice(), r.getOrganisation(),
                    r.getEmail(), r.getLocale(), r.isListInParticipants(),
                    r.getLead() == null ? null : r.getLead().getId(),
                    r.getLead() == null ? null : r.getLead().getName().full(), r.isAnonymised(), r.getCreatedAt(),
                    r.getConfirmedAt(), r.getCheckedInAt(), r.getRank(), r.getShortCode(), r.getEnteredBy(),
                    r.getEnteredAt(), r.getConsentVia(), Answers.json(answers));
        }
    }

    /** A person at the door: who, which category, and the note door staff must see (e.g. "VIP: Ministerin"). */
    public record CheckedIn(Long id, String status, String name, String title, String firstName, String lastName,
                            String office, String organisation, String category, String categoryName, String shortCode,
                            boolean vip, String note, Instant checkedInAt) {
        static CheckedIn of(Registration r, java.util.Locale locale) {
            return new CheckedIn(r.getId(), r.getStatus().name(), r.getName().full(), r.getName().getTitle(),
                    r.getName().getFirstName(), r.getName().getLastName(), r.getOffice(), r.getOrganisation(),
                    r.getCategory().getCode(), r.getCategory().localizedName(locale), r.getShortCode(),
                    de.podium.registration.control.DoorCheckins.isVip(r), doorNote(r, locale), r.getCheckedInAt());
        }
    }

    /** "VIP: …" with the organizer's note, or the office of someone in an invitation-only category. */
    public static String doorNote(Registration r, java.util.Locale locale) {
        if (!de.podium.registration.control.DoorCheckins.isVip(r)) {
            return null;
        }
        String detail = r.getDoorNote() != null ? r.getDoorNote()
                : r.getOffice() != null ? r.getOffice() : r.getCategory().localizedName(locale);
        return de.podium.platform.control.Texts.get(locale, "checkin.vipNote", detail);
    }

    public record DoorCount(long checkedIn, long expected) {
    }

    public record DoorNote(String note) {
    }

    @Schema(name = "InvitationCreated")
    public record InvitationCreated(String code, String url) {
    }

    public record InvitationRow(Long id, String code, String email, String category, String salutation, String title, String firstName,
                                String lastName, String office, Instant createdAt, boolean used, Instant usedAt) {
        static InvitationRow of(Invitation i) {
            return new InvitationRow(i.getId(), i.getCode(), i.getEmail(), i.getCategory().getCode(),
                    i.getSalutation().name(), i.getTitle(),
                    i.getFirstName(), i.getLastName(), i.getOffice(), i.getCreatedAt(), i.isUsed(), i.getUsedAt());
        }
    }

    /** PUT …/registrations/{id}/precedence: smaller comes first, {@code null} = by category and name. */
    public record Precedence(Integer rank) {
    }

    public record Retention(Integer days) {
    }

    public record Token(String token) {
    }

    /** A code scanned at the door; {@code outsideWindow} admits someone outside the check-in window on purpose. */
    public record Code(String code, Boolean outsideWindow) {
        boolean admitOutsideWindow() {
            return Boolean.TRUE.equals(outsideWindow);
        }
    }
}
