package de.podium.agenda.boundary;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.agenda.control.AgendaPublishing;
import de.podium.agenda.control.PublishedTalk;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Track;
import de.podium.platform.boundary.FacesErrors;

/**
 * A talk of the published programme (/conferences/{slug}/talks/{id}); unpublished talks are not found. The link to
 * the talk's public slides comes from the speaker feature ({@code talkSlides}), which builds on the agenda.
 */
@Named
@RequestScoped
public class TalkPage {

    @Inject
    ConferenceService conferences;

    @Inject
    AgendaPublishing publishing;

    private String slug;
    private Long id;
    private Conference conference;
    private PublishedTalk talk;
    private Track track;

    public void load() throws IOException {
        Optional<Conference> found = slug == null ? Optional.empty() : conferences.findBySlug(slug);
        Optional<PublishedTalk> published = found.flatMap(c -> publishing.latest(c)
                .flatMap(v -> publishing.talks(c, v).stream().filter(t -> id != null && t.id() == id).findFirst()));
        if (published.isEmpty()) {
            FacesErrors.sendError(404);
            return;
        }
        conference = found.get();
        talk = published.get();
        track = talk.trackCode() == null ? null : conference.track(talk.trackCode()).orElse(null);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Conference getConference() { return conference; }
    public PublishedTalk getTalk() { return talk; }
    public Track getTrack() { return track; }

    /** Sanitised again when shown, so no stored text reaches the page unchecked. */
    public String getAbstractHtml() {
        return talk == null ? null : de.podium.platform.control.LimitedHtml.render(talk.summary());
    }
}
