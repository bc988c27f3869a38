package de.podium.mail.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.mail.control.BulkMail;
import de.podium.mail.control.MailTemplates;
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
    private MailTemplates.Rendered preview;
    private Long sentMailing;

    public void load() throws IOException {
        try {
            segments = bulkMail.segments(slug);
        } catch (PodiumException.NotFound e) {
            FacesErrors.sendError(404);
        } catch (PodiumException.Forbidden | PodiumException.NotSignedIn e) {
            FacesErrors.sendError(403);
        }
    }

    public void preview() {
        try {
            preview = bulkMail.preview(slug, data);
        } catch (PodiumException | ConstraintViolationException e) {
            preview = null;
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
    }

    public void send() {
        try {
            sentMailing = bulkMail.send(slug, data).getId();
            preview = null;
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.mail.queued"));
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
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
    public MailTemplates.Rendered getPreview() { return preview; }
    public Long getSentMailing() { return sentMailing; }
}
