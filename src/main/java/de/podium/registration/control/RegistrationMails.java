package de.podium.registration.control;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import de.podium.platform.control.CalendarFile;
import de.podium.platform.control.Links;
import de.podium.event.control.ConferenceCalendar;
import de.podium.event.entity.Conference;
import de.podium.mail.control.MailRequest;
import de.podium.mail.control.Outbox;
import de.podium.platform.control.Texts;
import de.podium.platform.control.LetterSalutation;
import de.podium.registration.entity.Invitation;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/**
 * The mails of the registration feature, queued in the caller's transaction. Kinds map to the bundle keys
 * mail.registration.KIND.subject/body; every mail carries the personal manage link.
 */
@ApplicationScoped
public class RegistrationMails {

    public static final String CONFIRM = "registration.confirm";
    public static final String CONFIRMED = "registration.confirmed";
    public static final String WAITLISTED = "registration.waitlisted";
    public static final String PENDING_APPROVAL = "registration.pendingApproval";
    public static final String PROMOTED = "registration.promoted";
    public static final String REJECTED = "registration.rejected";
    public static final String CANCELLED = "registration.cancelled";
    public static final String INVITATION = "registration.invitation";
    public static final String DELEGATE_CONFIRM = "registration.delegateConfirm";

    @Inject
    Outbox outbox;

    @Inject
    ConferenceCalendar calendar;

    @Inject
    QrCodes qrCodes;

    @Inject
    Links links;

    public String manageUrl(Registration registration) {
        return links.to("/registrations/self/" + registration.getManageToken());
    }

    public String confirmUrl(Registration registration) {
        return links.to("/registrations/confirm?token=" + registration.getConfirmToken());
    }

    /** The mail that tells the person the outcome of their registration's current status. */
    public void outcome(Registration registration, boolean promoted) {
        outcome(registration, promoted, null);
    }

    /** As {@link #outcome(Registration, boolean)}, with the attachments of a confirmation rendered beforehand. */
    public void outcome(Registration registration, boolean promoted, Attachments prepared) {
        RegistrationStatus status = registration.getStatus();
        MailRequest mail = switch (status) {
            case PENDING_CONFIRMATION -> request(registration, CONFIRM).with("confirmUrl", confirmUrl(registration));
            case CONFIRMED -> withCalendarAndQr(request(registration, promoted ? PROMOTED : CONFIRMED),
                    prepared == null ? confirmedAttachments(registration) : prepared);
            case WAITLISTED -> request(registration, WAITLISTED);
            case PENDING_APPROVAL -> request(registration, PENDING_APPROVAL);
            default -> throw new IllegalStateException("no outcome mail for " + status);
        };
        outbox.queue(mail);
    }

    /** Asks a delegate to confirm their own address before they hold a place; names who registered them. */
    public void delegateConfirm(Registration delegate) {
        outbox.queue(request(delegate, DELEGATE_CONFIRM).with("confirmUrl", confirmUrl(delegate))
                .with("leadName", delegate.getLead().getName().full()));
    }

    public void rejected(Registration registration) {
        outbox.queue(request(registration, REJECTED));
    }

    public void cancelled(Registration registration) {
        outbox.queue(request(registration, CANCELLED));
    }

    public void invitation(Invitation invitation) {
        Conference conference = invitation.getConference();
        String name = ((invitation.getTitle() == null ? "" : invitation.getTitle() + " ")
                + (invitation.getFirstName() == null ? "" : invitation.getFirstName() + " ")
                + (invitation.getLastName() == null ? "" : invitation.getLastName())).strip();
        MailRequest mail = MailRequest.of(INVITATION, invitation.getEmail(), name.isEmpty() ? null : name, Texts.GERMAN)
                .conference(conference.getId())
                .with("name", name)
                .with("salutationLine", LetterSalutation.line(Texts.GERMAN, invitation.getSalutation(), invitation.getTitle(),
                        invitation.getFirstName(), invitation.getLastName(), invitation.getOffice()))
                .with("conference", conference.getTitle())
                .with("category", invitation.getCategory().localizedName(Texts.GERMAN))
                .with("code", invitation.getCode())
                .with("inviteUrl", links.to("/conferences/" + conference.getSlug() + "/register?invitation="
                        + invitation.getCode()));
        outbox.queue(mail);
    }

    /** The opening line of a letter to the person, in their language and by protocol. */
    public static String salutationLine(Registration registration) {
        return LetterSalutation.line(Texts.fromTag(registration.getLocale()), registration.getSalutation(),
                registration.getName().getTitle(), registration.getName().getFirstName(),
                registration.getName().getLastName(), registration.getOffice());
    }

    private MailRequest request(Registration registration, String kind) {
        Conference conference = registration.getConference();
        Locale locale = Texts.fromTag(registration.getLocale());
        MailRequest mail = MailRequest.of(kind, registration.getEmail(), registration.getName().full(), locale)
                .conference(conference.getId())
                .with("name", registration.getName().full())
                .with("salutationLine", salutationLine(registration))
                .with("office", registration.getOffice())
                .with("conference", conference.getTitle())
                .with("category", registration.getCategory().localizedName(locale))
                .with("startsAt", Texts.pattern(locale, "format.dateTime").format(conference.getStartsAt()))
                .with("city", conference.getCity())
                .with("manageUrl", manageUrl(registration))
                .with("shortCode", registration.getShortCode());
        return mail;
    }

    /** The conference's calendar and the personal QR code that a confirmation carries. */
    public Attachments confirmedAttachments(Registration registration) {
        return new Attachments(registration.getConference().getSlug() + ".ics",
                calendar.ics(registration.getConference()), qrCodes.png(registration.getCheckinCode(), 300));
    }

    private static MailRequest withCalendarAndQr(MailRequest mail, Attachments attachments) {
        return mail.attach(attachments.calendarName(), CalendarFile.MIME_TYPE, attachments.calendar())
                .attach("qr-code.png", "image/png", attachments.qrCode());
    }

    public record Attachments(String calendarName, byte[] calendar, byte[] qrCode) {
    }
}
