package de.podium.mail.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.mail.control.MailTextCatalogue;
import de.podium.mail.control.MailTextData;
import de.podium.mail.control.MailTextEditor;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** The organizer's mail texts page: /organizer/conferences/{slug}/mail-texts?kind=…&amp;language=… (the page's own
 * language stays ?lang=). */
@Named
@ViewScoped
public class MailTextsPage implements Serializable {

    static final String FORM = "mailText";

    @Inject
    MailTextEditor editor;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private String kind = MailTextCatalogue.kinds().get(0);
    private String language = "de";
    private final MailTextData data = new MailTextData();
    private boolean custom;
    private MailTextEditor.Preview preview;
    private boolean confirmingReset;

    public void load() throws IOException {
        if (!"en".equals(language)) {
            language = "de";
        }
        if (!MailTextCatalogue.editable(kind)) {
            kind = MailTextCatalogue.kinds().get(0);
        }
        FacesErrors.loadOrSendError(() -> {
            show(editor.text(slug, kind, language));
        });
    }

    /** Opens the chosen kind and language as a page of its own, so it can be bookmarked and reloaded. */
    public void choose() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/organizer/conferences/" + slug + "/mail-texts?kind="
                + URLEncoder.encode(kind, StandardCharsets.UTF_8) + "&language=" + language);
    }

    public void preview() {
        confirmingReset = false;
        try {
            preview = editor.preview(slug, kind, language, data);
        } catch (PodiumException | ConstraintViolationException e) {
            preview = null;
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
    }

    public void test() {
        confirmingReset = false;
        try {
            String recipient = editor.test(slug, kind, language, data);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.mailTexts.testSent", recipient));
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
    }

    public void save() {
        confirmingReset = false;
        try {
            show(editor.save(slug, kind, language, data));
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.mailTexts.saved"));
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
    }

    /** Going back to the default throws the organizer's text away, so it asks once more first. */
    public void askReset() {
        confirmingReset = true;
    }

    public void reset() {
        confirmingReset = false;
        preview = null;
        try {
            show(editor.reset(slug, kind, language));
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.mailTexts.resetDone"));
        } catch (PodiumException e) {
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
    }

    public void keep() {
        confirmingReset = false;
    }

    private void show(MailTextEditor.Effective text) {
        data.subject = text.subject();
        data.body = text.body();
        custom = text.custom();
    }

    public List<String> getKinds() {
        return MailTextCatalogue.kinds();
    }

    public String kindLabel(String value) {
        return Texts.get(localeSelection.getLocale(), "mail.kind." + value);
    }

    public List<String> getPlaceholders() {
        return List.copyOf(MailTextCatalogue.placeholders(kind));
    }

    public String placeholder(String name) {
        return "{{" + name + "}}";
    }

    public String description(String name) {
        return Texts.get(localeSelection.getLocale(), "mail.placeholder." + name);
    }

    public String getPreviewHeading() {
        return preview == null || preview.recipient() == null
                ? Texts.get(localeSelection.getLocale(), "organizer.mailTexts.previewSample")
                : Texts.get(localeSelection.getLocale(), "organizer.mailTexts.previewOf", preview.recipient());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getSubject() { return data.subject; }
    public void setSubject(String subject) { data.subject = subject; }
    public String getBody() { return data.body; }
    public void setBody(String body) { data.body = body; }
    public boolean isCustom() { return custom; }
    public MailTextEditor.Preview getPreview() { return preview; }
    public boolean isConfirmingReset() { return confirmingReset; }
}
