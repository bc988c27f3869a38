package de.podium.documents.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.documents.control.BadgeFilter;
import de.podium.documents.control.DocumentJobs;
import de.podium.documents.entity.DocumentJob;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** The organizer's documents page: /organizer/conferences/{slug}/documents, direct links and background runs. */
@Named
@ViewScoped
public class DocumentsPage implements Serializable {

    @Inject
    DocumentJobs jobs;

    @Inject
    ConferenceService conferences;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private String layout = "a4";
    private String category;
    private boolean onlyNew;
    private transient List<DocumentJob> jobList;

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            conferences.forOrganizer(slug);
        });
    }

    public Conference getConference() {
        return conferences.forOrganizer(slug);
    }

    public List<Category> getCategories() {
        return getConference().getCategories();
    }

    /** Read once per request: the view asks several times while rendering. */
    public List<DocumentJob> getJobs() {
        if (jobList == null) {
            jobList = jobs.list(slug);
        }
        return jobList;
    }

    /** Called by the poll so that progress shows. */
    public void refresh() {
        jobList = null;
    }

    public void startBadges() {
        start("BADGES");
    }

    public void startProceedings() {
        start("PROCEEDINGS");
    }

    private void start(String kind) {
        jobList = null;
        try {
            jobs.start(slug, kind, layout, BadgeFilter.of(category, null, onlyNew, null), localeSelection.getLocale());
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "documents.page.started"));
        } catch (PodiumException e) {
            FacesErrors.show("jobs", e, localeSelection.getLocale());
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getLayout() { return layout; }
    public void setLayout(String layout) { this.layout = layout; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public boolean isOnlyNew() { return onlyNew; }
    public void setOnlyNew(boolean onlyNew) { this.onlyNew = onlyNew; }
}
