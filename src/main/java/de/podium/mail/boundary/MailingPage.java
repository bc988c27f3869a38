package de.podium.mail.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.mail.control.BulkMail;
import de.podium.mail.control.MailingData;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** The organizer's bulk mail page: /organizer/conferences/{slug}/mail. */
@Named
@ViewScoped
public class MailingPage implements Serializable {

    static final String FORM = "mailing";

    @Inject
    BulkMail bulkMail;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private final MailingData data = new MailingData();
    private transient List<BulkMail.SegmentSize> segments;
    private BulkMail.Preview preview;
    private Long sentMailing;
    private transient List<BulkMail.Sent> sent;

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            segments = bulkMail.segments(slug);
            if (sentMailing != null) {
                bulkMail.progress(slug, sentMailing);
            }
        });
    }

    public void preview() {
        try {
            preview = bulkMail.preview(slug, data);
            data.confirmation = preview.confirmation();
        } catch (PodiumException | ConstraintViolationException e) {
            preview = null;
            data.confirmation = null;
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
    }

    /** Sends what the preview showed; synchronized, so that a double click in this view sends once. */
    public synchronized void send() throws IOException {
        if (preview == null) {
            FacesErrors.show(FORM, new PodiumException.Invalid("confirmation", "error.mailing.previewFirst"),
                    localeSelection.getLocale());
            return;
        }
        try {
            var mailing = bulkMail.send(slug, data);
            preview = null;
            // Post-Redirect-Get: the form comes back empty, and reloading the page cannot post the circular again
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.mail.queued", mailing.getRecipients()));
            external.redirect(external.getRequestContextPath() + "/organizer/conferences/" + slug + "/mail?circular="
                    + mailing.getId());
        } catch (PodiumException.Conflict e) {
            FacesErrors.show(FORM, e, localeSelection.getLocale());
            if ("preview_outdated".equals(e.code())) {
                preview();
            } else {
                preview = null;
            }
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
    }

    public String getSendLabel() {
        return Texts.get(localeSelection.getLocale(), "organizer.mail.send", preview == null ? 0 : preview.recipients());
    }

    public List<BulkMail.Sent> getSent() {
        if (sent == null) {
            sent = bulkMail.sent(slug);
        }
        return sent;
    }

    public String when(BulkMail.Sent sent) {
        return Texts.pattern(localeSelection.getLocale(), "format.dateTime").format(sent.sentAt());
    }

    /** The recipient group as the form offers it; a group that no longer exists keeps its code. */
    public String segmentLabel(String code) {
        return getSegments().stream().filter(s -> s.segment().code().equals(code)).findFirst()
                .map(s -> Texts.get(localeSelection.getLocale(), s.segment().labelKey(), s.segment().labelArgs().toArray()))
                .orElse(code);
    }

    public BulkMail.Progress getProgress() {
        return sentMailing == null ? null : bulkMail.progress(slug, sentMailing);
    }

    public List<BulkMail.SegmentSize> getSegments() {
        if (segments == null) {
            segments = bulkMail.segments(slug);
        }
        return segments;
    }

    public String label(BulkMail.SegmentSize size) {
        return Texts.get(localeSelection.getLocale(), size.segment().labelKey(), size.segment().labelArgs().toArray())
                + " (" + size.recipients() + ")";
    }


    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSegment() { return data.segment; }
    public void setSegment(String segment) { data.segment = segment; }
    public String getSubjectDe() { return data.subjectDe; }
    public void setSubjectDe(String value) { data.subjectDe = value; }
    public String getBodyDe() { return data.bodyDe; }
    public void setBodyDe(String value) { data.bodyDe = value; }
    public String getSubjectEn() { return data.subjectEn; }
    public void setSubjectEn(String value) { data.subjectEn = value; }
    public String getBodyEn() { return data.bodyEn; }
    public void setBodyEn(String value) { data.bodyEn = value; }
    public BulkMail.Preview getPreview() { return preview; }
    public Long getSentMailing() { return sentMailing; }
    public void setSentMailing(Long sentMailing) { this.sentMailing = sentMailing; }
}
