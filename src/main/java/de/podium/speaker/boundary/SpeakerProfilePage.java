package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;

import de.podium.agenda.control.AgendaData;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.platform.control.TypedDateTimes;
import de.podium.speaker.control.ProfileData;
import de.podium.speaker.control.SpeakerProfiles;
import de.podium.agenda.entity.Speaker;

/**
 * /speaker/conferences/{slug}/profile: protocol data, bios, photo and availability windows of the speaker, in one
 * form with one save.
 */
@Named
@ViewScoped
public class SpeakerProfilePage implements Serializable {

    @Inject
    SpeakerProfiles profiles;

    @Inject
    LocaleSelection localeSelection;

    static final String FORM = "profile";

    private String slug;
    private ProfileData profile;
    private Long speakerId;
    private boolean hasPhoto;
    private String conferenceTitle;
    private String zone;
    private LocalDateTime conferenceStart;
    private final List<Window> windows = new ArrayList<>();
    private transient Part photo;

    /** One availability window as typed: "16.12.2016 11:00". */
    public static class Window implements Serializable {
        private String start;
        private String end;

        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }
    }

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            Speaker speaker = profiles.mine(slug);
            profile = MySpeakerResource.json(speaker);
            speakerId = speaker.getId();
            hasPhoto = speaker.getPhotoPath() != null;
            Conference conference = speaker.getConference();
            conferenceTitle = conference.getTitle();
            zone = conference.getTimeZone();
            conferenceStart = conference.getStartsAt();
            windows.clear();
            profiles.availability(slug).forEach(a -> windows.add(window(a.getWindow().getStartsAt(), a.getWindow().getEndsAt())));
        });
    }

    /**
     * The one save of the page: profile, bios and availability in one transaction, then the photo if one was chosen.
     * Adding or removing a time window keeps everything typed, since it submits the same form.
     */
    public void save() {
        Locale locale = localeSelection.getLocale();
        try {
            List<AgendaData.WindowData> data = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                AgendaData.WindowData w = new AgendaData.WindowData();
                w.start = offset(windows.get(i).start, "windows[" + i + "].start");
                w.end = offset(windows.get(i).end, "windows[" + i + "].end");
                data.add(w);
            }
            profile = MySpeakerResource.json(profiles.update(slug, profile, data));
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show(FORM, e, locale);
            return;
        }
        if (photo != null && photo.getSize() > 0) {
            try (InputStream content = photo.getInputStream()) {
                profiles.setPhoto(slug, content);
                hasPhoto = true;
            } catch (PodiumException e) {
                FacesErrors.show(FORM, new PodiumException.Invalid("photoFile", e.messageKey(), e.args()), locale);
                return;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        FacesErrors.info(Texts.get(locale, "speaker.profile.saved"));
    }

    public void addWindow() {
        windows.add(new Window());
    }

    public void removeWindow(Window window) {
        windows.remove(window);
    }

    private java.time.OffsetDateTime offset(String typed, String field) {
        return TypedDateTimes.parse(typed).map(t -> t.atZone(java.time.ZoneId.of(zone)).toOffsetDateTime())
                .orElseThrow(() -> new PodiumException.Invalid(field, "error.speaker.windowFormat", getExampleStart()));
    }

    private Window window(LocalDateTime start, LocalDateTime end) {
        Window window = new Window();
        window.start = TypedDateTimes.format(localeSelection.getLocale(), start);
        window.end = TypedDateTimes.format(localeSelection.getLocale(), end);
        return window;
    }

    /** An example in the help text and the fields: the conference's own first morning, typed as the page asks. */
    public String getExampleStart() {
        return TypedDateTimes.format(localeSelection.getLocale(), conferenceStart);
    }

    public String getExampleEnd() {
        return TypedDateTimes.format(localeSelection.getLocale(), conferenceStart == null ? null : conferenceStart.plusMinutes(90));
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public ProfileData getProfile() { return profile; }
    public Long getSpeakerId() { return speakerId; }
    public boolean isHasPhoto() { return hasPhoto; }
    public String getConferenceTitle() { return conferenceTitle; }
    public List<Window> getWindows() { return windows; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
}
