package de.podium.speaker.boundary;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.FacesErrors;
import de.podium.speaker.control.PublicSpeakers;

/** The public list of speakers (/conferences/{slug}/speakers); an unknown conference is 404. */
@Named
@RequestScoped
public class SpeakersPage {

    @Inject
    ConferenceService conferences;

    @Inject
    PublicSpeakers speakers;

    private String slug;
    private Conference conference;
    private List<PublicSpeakers.Shown> shown = List.of();

    public void load() throws IOException {
        conference = slug == null ? null : conferences.findBySlug(slug).orElse(null);
        if (conference == null) {
            FacesErrors.sendError(404);
            return;
        }
        shown = speakers.of(slug);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Conference getConference() { return conference; }
    public List<PublicSpeakers.Shown> getSpeakers() { return shown; }
}
