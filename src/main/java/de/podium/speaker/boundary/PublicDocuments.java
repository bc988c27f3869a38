package de.podium.speaker.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.agenda.control.Talks;
import de.podium.event.control.ConferenceService;
import de.podium.speaker.control.SlideService;

/**
 * What a finished conference's page offers instead of registration (issue #23): the slides its speakers released
 * for the public, talk by talk in programme order.
 */
@Named
@RequestScoped
public class PublicDocuments {

    @Inject
    ConferenceService conferences;

    @Inject
    Talks talks;

    @Inject
    SlideService slides;

    private List<Download> downloads;

    /** One talk's released slides. */
    public record Download(long talkId, String title, String filename) {
    }

    public List<Download> slides(String slug) {
        if (downloads == null) {
            downloads = conferences.findBySlug(slug).map(conference -> talks.of(conference).stream()
                    .filter(t -> !t.isCancelled())
                    .flatMap(t -> slides.publicSlidesOf(t).stream()
                            .map(s -> new Download(t.getId(), t.getTitle(), s.getFilename())))
                    .toList()).orElse(List.of());
        }
        return downloads;
    }
}
