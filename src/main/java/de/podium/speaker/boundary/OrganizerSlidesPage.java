package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.platform.control.TypedDateTimes;
import de.podium.speaker.control.InvitationData;
import de.podium.speaker.control.SlideDashboard;
import de.podium.speaker.control.SlideDeadlines;
import de.podium.speaker.control.SpeakerInvitations;

/**
 * /organizer/conferences/{slug}/slides: every talk's slide versions with download, talks still lacking slides
 * with a reminder to their speakers, the upload deadline, and speaker invitations.
 */
@Named
@ViewScoped
public class OrganizerSlidesPage implements Serializable {

    @Inject
    ConferenceService conferences;

    @Inject
    SlideDashboard dashboard;

    @Inject
    SlideDeadlines deadlines;

    @Inject
    SpeakerInvitations invitations;

    @Inject
    de.podium.speaker.control.SlideService slides;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private String conferenceTitle;
    private String zone;
    private String deadline;
    private LocalDateTime conferenceStart;
    private Long inviteTalk;
    private final InvitationData invitation = new InvitationData();

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            Conference conference = conferences.forOrganizer(slug);
            conferenceTitle = conference.getTitle();
            zone = conference.getTimeZone();
            conferenceStart = conference.getStartsAt();
            deadline = deadlines.of(conference)
                    .map(d -> TypedDateTimes.format(localeSelection.getLocale(), LocalDateTime.ofInstant(d, conference.zone())))
                    .orElse(null);
        });
    }

    public List<SlideDashboard.TalkSlides> getTalks() {
        return dashboard.talks(slug);
    }

    public List<de.podium.agenda.entity.Talk> getInvitableTalks() {
        return dashboard.invitable(slug);
    }

    public long getLacking() {
        return getTalks().stream().filter(SlideDashboard.TalkSlides::isLacking).count();
    }

    public void remind() {
        int queued = dashboard.remindLacking(slug);
        FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.slides.reminded", queued));
    }

    public void saveDeadline() {
        if (deadline == null || deadline.isBlank()) {
            deadlines.set(slug, null);
        } else {
            var typed = TypedDateTimes.parse(deadline);
            if (typed.isEmpty()) {
                FacesErrors.show("deadlineForm", new PodiumException.Invalid("deadline", "error.speaker.windowFormat",
                        getExampleDeadline()), localeSelection.getLocale());
                return;
            }
            deadlines.set(slug, typed.get().atZone(java.time.ZoneId.of(zone)).toInstant());
        }
        FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.slides.deadlineSaved"));
    }

    public void release(long talkId, int version) {
        try {
            slides.release(slug, talkId, version);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.slides.releasedSaved", version));
        } catch (PodiumException e) {
            FacesErrors.show("versions", e, localeSelection.getLocale());
        }
    }

    public void invite() {
        try {
            invitations.invite(slug, inviteTalk == null ? -1 : inviteTalk, invitation);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.slides.invited", invitation.email));
            invitation.email = null;
            invitation.title = null;
            invitation.firstName = null;
            invitation.lastName = null;
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show("invite", e, localeSelection.getLocale());
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getConferenceTitle() { return conferenceTitle; }
    public String getZone() { return zone; }

    /** The evening before the conference, typed as the page asks: the example of the deadline field. */
    public String getExampleDeadline() {
        return TypedDateTimes.format(localeSelection.getLocale(),
                conferenceStart == null ? null : conferenceStart.minusDays(1).withHour(18).withMinute(0));
    }

    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public Long getInviteTalk() { return inviteTalk; }
    public void setInviteTalk(Long inviteTalk) { this.inviteTalk = inviteTalk; }
    public InvitationData getInvitation() { return invitation; }
}
