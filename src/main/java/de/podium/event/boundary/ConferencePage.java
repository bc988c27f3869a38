package de.podium.event.boundary;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.event.control.ConferenceService;
import de.podium.event.control.PressService;
import de.podium.event.entity.Conference;
import de.podium.event.entity.PressRelease;

/** The public page of one conference, and its press page. */
@Named
@RequestScoped
public class ConferencePage {

    @Inject
    ConferenceService conferences;

    @Inject
    PressService press;

    private String slug;
    private Conference conference;
    private List<PressRelease> pressReleases;

    public void load() throws IOException {
        Optional<Conference> found = slug == null ? Optional.empty() : conferences.findBySlug(slug);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        conference = found.get();
    }

    public List<PressRelease> getPressReleases() {
        if (pressReleases == null && conference != null) {
            pressReleases = press.published(conference);
        }
        return pressReleases;
    }

    /** A release's text as paragraphs (blank lines separate them in the stored text). */
    public List<String> paragraphs(PressRelease release) {
        return java.util.Arrays.stream(release.getBody().split("\\n\\s*\\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Conference getConference() { return conference; }
}
