package de.podium.speaker.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.agenda.boundary.TalkPage;
import de.podium.speaker.control.SlideService;
import de.podium.speaker.entity.Slide;

/** The public slides of the talk that {@link TalkPage} shows, if its speaker released them and the talk began. */
@Named
@RequestScoped
public class TalkSlides {

    @Inject
    TalkPage talkPage;

    @Inject
    SlideService slides;

    private Slide publicSlides;
    private boolean looked;

    public Slide getPublicSlides() {
        if (!looked) {
            looked = true;
            publicSlides = talkPage.getTalk() == null ? null
                    : slides.findPublicSlides(talkPage.getSlug(), talkPage.getId()).orElse(null);
        }
        return publicSlides;
    }

    public long getPublicSlidesKilobytes() {
        Slide slide = getPublicSlides();
        return slide == null ? 0 : (slide.getSize() + 1023) / 1024;
    }
}
