package de.podium.mail.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.mail.control.OutboxView;
import de.podium.mail.entity.OutboxMessage;
import de.podium.mail.entity.OutboxStatus;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.Texts;

/** The organizer's view of the conference's mail: /organizer/conferences/{slug}/outbox. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    @Inject
    OutboxView outbox;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private OutboxStatus status;
    private String zone;

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            outbox.messages(slug, status);
        });
    }

    public List<OutboxMessage> getMessages() {
        return outbox.messages(slug, status);
    }

    public void resend(OutboxMessage message) {
        outbox.resend(slug, message.getId());
        FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.outbox.requeued", message.getRecipient()));
    }

    /** The kind of mail in words ("Teilnahme bestätigt"), not the template's key. */
    public String kind(OutboxMessage message) {
        return Texts.get(localeSelection.getLocale(), "mail.kind." + message.getKind());
    }

    public String getZone() {
        if (zone == null) {
            zone = outbox.zone(slug);
        }
        return zone;
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }


    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public OutboxStatus getStatus() { return status; }
    public void setStatus(OutboxStatus status) { this.status = status; }
}
