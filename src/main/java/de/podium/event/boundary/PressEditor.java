package de.podium.event.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.event.control.PressReleaseData;
import de.podium.event.control.PressService;
import de.podium.event.entity.PressRelease;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** Organizers write, publish, withdraw and delete press releases: /organizer/conferences/{slug}/press. */
@Named
@ViewScoped
public class PressEditor implements Serializable {

    static final String FORM = "press";

    @Inject
    PressService press;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private Long editing;
    private String title;
    private String body;
    private String source;
    private String language = "de";
    private boolean published;
    // entities are not Serializable: after a session moved to another node the list is read again
    private transient List<PressRelease> releases;

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            releases = press.allForOrganizer(slug);
        });
    }

    public void edit(PressRelease release) {
        editing = release.getId();
        title = release.getTitle();
        body = release.getBody();
        source = release.getSource();
        language = release.getLanguage();
        published = release.isPublished();
    }

    public void startNew() {
        editing = null;
        title = null;
        body = null;
        source = null;
        language = "de";
        published = false;
    }

    public void save() {
        PressReleaseData data = new PressReleaseData();
        data.title = title;
        data.body = body;
        data.source = source;
        data.language = language;
        data.publish = published;
        try {
            if (editing == null) {
                press.write(slug, data);
            } else {
                press.revise(slug, editing, data);
            }
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.press.saved"));
            startNew();
            releases = press.allForOrganizer(slug);
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show(FORM, e, localeSelection.getLocale());
        }
    }

    public void delete(PressRelease release) {
        press.delete(slug, release.getId());
        FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.press.deleted"));
        startNew();
        releases = press.allForOrganizer(slug);
    }


    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getEditing() { return editing; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public List<PressRelease> getReleases() {
        if (releases == null && slug != null) {
            releases = press.allForOrganizer(slug);
        }
        return releases;
    }
}
