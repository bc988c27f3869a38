package de.podium.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import de.podium.platform.control.Links;
import de.podium.event.entity.Conference;
import de.podium.mail.control.MailRequest;
import de.podium.mail.control.Outbox;
import de.podium.mail.entity.OutboxMessage;
import de.podium.platform.control.Texts;
import de.podium.platform.control.LetterSalutation;
import de.podium.registration.entity.Invitation;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/**
 * The mails of the registration feature, queued in the caller's transaction. Kinds map to the bundle keys
 * mail.registration.KIND.subject/body; every mail carries the personal manage link. Mails about a registration
 * are queued as a reference to it and rendered when sent ({@link RegistrationMailContent}).
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
    Links links;

    public String manageUrl(Registration registration) {
        return links.to("/registrations/self/" + registration.getManageToken());
    }

    /** The conference in the person's calendar, behind their manage link's token. */
    public String calendarUrl(Registration registration) {
        return links.to("/api/registrations/self/" + registration.getManageToken() + "/conference.ics");
    }

    public String confirmUrl(Registration registration) {
        return links.to("/registrations/confirm?token=" + registration.getConfirmToken());
    }

    /**
     * Queues the mail that tells the person the outcome of their registration's current status. Only a reference
     * is stored; {@link RegistrationMailContent} renders the mail from the registration when it is sent.
     */
    public OutboxMessage outcome(Registration registration, boolean promoted) {
        return outbox.queue(request(registration, outcomeKind(registration.getStatus(), promoted)));
    }

    /** The outcome mail queued in this transaction, told again after the registration's status changed. */
    public void retell(OutboxMessage mail, Registration registration) {
        outbox.retell(mail, outcomeKind(registration.getStatus(), false));
    }

    /** The outcome mail queued in this transaction is not to be sent after all. */
    public void withdraw(OutboxMessage mail) {
        outbox.withdraw(mail);
    }

    private static String outcomeKind(RegistrationStatus status, boolean promoted) {
        return switch (status) {
            case PENDING_CONFIRMATION -> CONFIRM;
            case CONFIRMED -> promoted ? PROMOTED : CONFIRMED;
            case WAITLISTED -> WAITLISTED;
            case PENDING_APPROVAL -> PENDING_APPROVAL;
            default -> throw new IllegalStateException("no outcome mail for " + status);
        };
    }

    /** Asks a delegate to confirm their own address before they hold a place; names who registered them. */
    public void delegateConfirm(Registration delegate) {
        outbox.queue(request(delegate, DELEGATE_CONFIRM));
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
                .with("firstName", invitation.getFirstName())
                .with("lastName", invitation.getLastName())
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

    private static MailRequest request(Registration registration, String kind) {
        return MailRequest.of(kind, registration.getEmail(), registration.getName().full(),
                        Texts.fromTag(registration.getLocale()))
                .conference(registration.getConference().getId())
                .about(RegistrationMailContent.ABOUT, registration.getId());
    }
}
