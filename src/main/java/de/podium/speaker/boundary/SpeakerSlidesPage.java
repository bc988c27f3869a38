package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import de.podium.agenda.entity.Talk;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.speaker.control.SlideDeadlines;
import de.podium.speaker.control.SlideService;
import de.podium.speaker.control.TalkAccess;
import de.podium.speaker.entity.Slide;

/** /speaker/conferences/{slug}/slides?talk=ID: drag-and-drop upload with progress, and the talk's versions. */
@Named
@ViewScoped
public class SpeakerSlidesPage implements Serializable {

    @Inject
    SlideService slides;

    @Inject
    TalkAccess talks;

    @Inject
    SlideDeadlines deadlines;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private Long talk;
    private String talkTitle;
    private String zone;
    private java.time.Instant deadline;
    private boolean publicAfterTalk;
    private boolean confirmOverwrite;

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            Talk found = talks.forUploader(slug, talk == null ? -1 : talk);
            talkTitle = found.getTitle();
            zone = found.getConference().getTimeZone();
            deadline = deadlines.of(found.getConference()).orElse(null);
            publicAfterTalk = slides.versions(slug, talk).stream().findFirst().map(Slide::isPublicAfterTalk).orElse(false);
        });
    }

    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream content = event.getFile().getInputStream()) {
            Slide slide = slides.upload(slug, talk, event.getFile().getFileName(), content, publicAfterTalk,
                    confirmOverwrite);
            confirmOverwrite = false;
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "speaker.slides.uploaded", slide.getVersion()));
        } catch (PodiumException e) {
            FacesErrors.show("slides", e, localeSelection.getLocale());
        }
    }

    public List<Slide> getVersions() {
        return slides.versions(slug, talk);
    }

    /** The latest version when another person uploaded it: the speaker is told and confirms before replacing it. */
    public Slide getOthersLatest() {
        return slides.othersLatest(slug, talk).orElse(null);
    }

    public long getMaxBytes() {
        return slides.maxBytes();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getTalk() { return talk; }
    public void setTalk(Long talk) { this.talk = talk; }
    public String getTalkTitle() { return talkTitle; }
    public String getZone() { return zone; }
    public java.time.Instant getDeadline() { return deadline; }
    public boolean isPublicAfterTalk() { return publicAfterTalk; }
    public void setPublicAfterTalk(boolean publicAfterTalk) { this.publicAfterTalk = publicAfterTalk; }
    public boolean isConfirmOverwrite() { return confirmOverwrite; }
    public void setConfirmOverwrite(boolean confirmOverwrite) { this.confirmOverwrite = confirmOverwrite; }
}
