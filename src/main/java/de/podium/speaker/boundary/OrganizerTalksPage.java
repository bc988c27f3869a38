package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.Talks;
import de.podium.agenda.entity.Speaker;
import de.podium.agenda.entity.Talk;
import de.podium.agenda.entity.TalkKind;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Track;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.speaker.control.TalkSpeakers;

/**
 * /organizer/conferences/{slug}/talks: every talk with its speakers; a talk is created and edited here, cancelled
 * or deleted, and gets its speakers (someone known, or a new person who is invited from here). It lives with the
 * speakers because inviting is theirs; the talk itself stays the agenda's.
 */
@Named
@ViewScoped
public class OrganizerTalksPage implements Serializable {

    @Inject
    ConferenceService conferences;

    @Inject
    Talks talks;

    @Inject
    TalkSpeakers talkSpeakers;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private String conferenceTitle;
    private Long editing;
    private final TalkForm form = new TalkForm();
    private Long pickedSpeaker;
    /** Asked once per row while rendering: kept for the request's view, forgotten after every action. */
    private transient java.util.Set<Long> neverPublished;
    private final TalkSpeakers.Assignment newSpeaker = new TalkSpeakers.Assignment();

    /** The talk's fields as the form edits them. */
    public static class TalkForm implements Serializable {
        private String title;
        private String summary;
        private String kind = TalkKind.TALK.name();
        private String track;
        private Integer duration;
        private String language = "de";
        private Integer audience;
        private boolean vip;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getTrack() { return track; }
        public void setTrack(String track) { this.track = track; }
        public Integer getDuration() { return duration; }
        public void setDuration(Integer duration) { this.duration = duration; }
        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
        public Integer getAudience() { return audience; }
        public void setAudience(Integer audience) { this.audience = audience; }
        public boolean isVip() { return vip; }
        public void setVip(boolean vip) { this.vip = vip; }
    }

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            conferenceTitle = conferences.forOrganizer(slug).getTitle();
        });
    }

    public List<Talk> getTalks() {
        return talks.of(conference());
    }

    /** Talks no published version showed yet: only these may be deleted. */
    public java.util.Set<Long> getNeverPublished() {
        if (neverPublished == null) {
            java.util.Set<Long> published = talks.publishedIds(conference());
            neverPublished = getTalks().stream().map(Talk::getId).filter(id -> !published.contains(id))
                    .collect(java.util.stream.Collectors.toSet());
        }
        return neverPublished;
    }

    public List<Track> getTracks() {
        return conference().getTracks();
    }

    public List<Speaker> getKnownSpeakers() {
        Talk talk = getEditingTalk();
        return talks.speakersOf(conference()).stream()
                .filter(s -> talk == null || !talk.getSpeakers().contains(s)).toList();
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(TalkKind.values()).map(Enum::name).toList();
    }

    public Talk getEditingTalk() {
        return editing == null ? null : talks.find(conference(), editing);
    }

    public void edit(long talkId) {
        Talk talk = talks.find(conference(), talkId);
        editing = talkId;
        form.title = talk.getTitle();
        form.summary = talk.getSummary();
        form.kind = talk.getKind().name();
        form.track = talk.getTrack() == null ? null : talk.getTrack().getCode();
        form.duration = talk.getDurationMinutes();
        form.language = talk.getLanguage();
        form.audience = talk.getExpectedAudience();
        form.vip = talk.isVip();
    }

    public void startNew() {
        editing = null;
        form.title = null;
        form.summary = null;
        form.kind = TalkKind.TALK.name();
        form.track = null;
        form.duration = null;
        form.language = "de";
        form.audience = null;
        form.vip = false;
    }

    public void save() {
        AgendaData.TalkData data = new AgendaData.TalkData();
        data.title = form.title;
        data.summary = form.summary;
        data.kind = form.kind;
        data.track = form.track;
        data.durationMinutes = form.duration;
        data.language = form.language;
        data.expectedAudience = form.audience;
        data.vip = form.vip;
        try {
            neverPublished = null;
            Talk saved = editing == null ? talks.add(slug, data) : talks.update(slug, editing, data);
            editing = saved.getId();
            FacesErrors.info(text("organizer.talks.saved", saved.getTitle()));
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show("talk", e, localeSelection.getLocale());
        }
    }

    public void cancel(long talkId) {
        act(() -> FacesErrors.info(text("organizer.talks.cancelled", talks.cancel(slug, talkId).getTitle())));
    }

    public void delete(long talkId) {
        String title = talks.find(conference(), talkId).getTitle();
        act(() -> {
            talks.delete(slug, talkId);
            if (editing != null && editing == talkId) {
                startNew();
            }
            FacesErrors.info(text("organizer.talks.deleted", title));
        });
    }

    public void addKnownSpeaker() {
        TalkSpeakers.Assignment assignment = new TalkSpeakers.Assignment();
        assignment.speakerId = pickedSpeaker;
        try {
            Speaker speaker = talkSpeakers.assign(slug, editing, assignment);
            FacesErrors.info(text("organizer.talks.speakerAdded", speaker.fullName()));
            pickedSpeaker = null;
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show("pick", e, localeSelection.getLocale());
        }
    }

    public void inviteNewSpeaker() {
        try {
            Speaker speaker = talkSpeakers.assign(slug, editing, newSpeaker);
            FacesErrors.info(text("organizer.talks.speakerInvited", speaker.fullName(), newSpeaker.email));
            newSpeaker.email = null;
            newSpeaker.title = null;
            newSpeaker.firstName = null;
            newSpeaker.lastName = null;
            newSpeaker.office = null;
            newSpeaker.organisation = null;
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show("newSpeaker", e, localeSelection.getLocale());
        }
    }

    public void removeSpeaker(long speakerId) {
        act(() -> talks.removeSpeaker(slug, editing, speakerId));
    }

    public void moveSpeaker(long speakerId, int position) {
        act(() -> talks.moveSpeaker(slug, editing, speakerId, position));
    }

    private void act(Runnable action) {
        neverPublished = null;
        try {
            action.run();
        } catch (PodiumException e) {
            FacesErrors.show("talks", e, localeSelection.getLocale());
        }
    }

    private Conference conference() {
        return conferences.forOrganizer(slug);
    }

    private String text(String key, Object... args) {
        return Texts.get(localeSelection.getLocale(), key, args);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getConferenceTitle() { return conferenceTitle; }
    public Long getEditing() { return editing; }
    public TalkForm getForm() { return form; }
    public Long getPickedSpeaker() { return pickedSpeaker; }
    public void setPickedSpeaker(Long pickedSpeaker) { this.pickedSpeaker = pickedSpeaker; }
    public TalkSpeakers.Assignment getNewSpeaker() { return newSpeaker; }
}
