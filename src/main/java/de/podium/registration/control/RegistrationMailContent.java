package de.podium.registration.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.event.control.ConferenceCalendar;
import de.podium.event.entity.Conference;
import de.podium.mail.control.MailContentSource;
import de.podium.mail.control.MailRenderingFailed;
import de.podium.mail.control.MailRequest;
import de.podium.platform.control.CalendarFile;
import de.podium.platform.control.Texts;
import de.podium.registration.entity.Registration;

/**
 * Renders the mails about a registration when the outbox sends them, from the registration as it is then: a
 * name corrected in between is the name in the mail. An erased registration is never rendered (its queued mail
 * is deleted with the erasure; one already claimed by the sender fails as ERASED), a deleted one fails as GONE.
 */
@ApplicationScoped
public class RegistrationMailContent implements MailContentSource {

    static final String ABOUT = "registration";

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    RegistrationMails mails;

    @Inject
    ConferenceCalendar calendar;

    @Inject
    QrCodes qrCodes;

    @Override
    public String about() {
        return ABOUT;
    }

    @Override
    public Content content(String kind, long id, Locale locale) {
        Registration registration = registration(id);
        Conference conference = registration.getConference();
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", registration.getName().full());
        model.put("firstName", orEmpty(registration.getName().getFirstName()));
        model.put("lastName", orEmpty(registration.getName().getLastName()));
        model.put("salutationLine", RegistrationMails.salutationLine(registration));
        model.put("shortCode", orEmpty(registration.getShortCode()));
        model.put("office", orEmpty(registration.getOffice()));
        model.put("conference", conference.getTitle());
        model.put("category", registration.getCategory().localizedName(locale));
        model.put("startsAt", Texts.pattern(locale, "format.dateTime").format(conference.getStartsAt()));
        model.put("city", orEmpty(conference.getCity()));
        model.put("manageUrl", mails.manageUrl(registration));
        model.put("calendarUrl", mails.calendarUrl(registration));
        if (RegistrationMails.CONFIRM.equals(kind) || RegistrationMails.DELEGATE_CONFIRM.equals(kind)) {
            if (registration.getConfirmToken() == null) {
                throw new MailRenderingFailed(MailRenderingFailed.GONE,
                        "registration " + id + " can no longer be confirmed (" + registration.getStatus() + ")");
            }
            model.put("confirmUrl", mails.confirmUrl(registration));
        }
        if (RegistrationMails.DELEGATE_CONFIRM.equals(kind) && registration.getLead() != null) {
            model.put("leadName", registration.getLead().getName().full());
        }
        return new Content(registration.getName().full(), model);
    }

    /** The newest registration of the conference a mail of this kind could be about (one to confirm for a request to). */
    @Override
    public OptionalLong example(String kind, long conferenceId) {
        boolean confirming = RegistrationMails.CONFIRM.equals(kind) || RegistrationMails.DELEGATE_CONFIRM.equals(kind);
        return em.createQuery("SELECT r.id FROM Registration r WHERE r.conference.id = :conference AND r.anonymised = false"
                        + (confirming ? " AND r.confirmToken IS NOT NULL" : "") + " ORDER BY r.id DESC", Long.class)
                .setParameter("conference", conferenceId).setMaxResults(1).getResultStream()
                .mapToLong(Long::longValue).findFirst();
    }

    /** A confirmation carries the conference's calendar and the personal QR code for the check-in. */
    @Override
    public List<MailRequest.Attachment> attachments(String kind, long id) {
        if (!RegistrationMails.CONFIRMED.equals(kind) && !RegistrationMails.PROMOTED.equals(kind)) {
            return List.of();
        }
        Registration registration = registration(id);
        Conference conference = registration.getConference();
        return List.of(
                new MailRequest.Attachment(conference.getSlug() + ".ics", CalendarFile.MIME_TYPE, calendar.ics(conference)),
                new MailRequest.Attachment("qr-code.png", "image/png", qrCodes.png(registration.getCheckinCode(), 300)));
    }

    private Registration registration(long id) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null) {
            throw new MailRenderingFailed(MailRenderingFailed.GONE, "registration " + id + " no longer exists");
        }
        if (registration.isAnonymised()) {
            throw new MailRenderingFailed(MailRenderingFailed.ERASED, "registration " + id + " was erased");
        }
        return registration;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
