package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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
    private Long inviteTalk;
    private final InvitationData invitation = new InvitationData();

    public void load() throws IOException {
        try {
            Conference conference = conferences.forOrganizer(slug);
            conferenceTitle = conference.getTitle();
            zone = conference.getTimeZone();
            deadline = deadlines.of(conference)
                    .map(d -> SpeakerProfilePage.WALL_CLOCK.format(d.atZone(conference.zone()))).orElse(null);
        } catch (PodiumException.NotFound e) {
            FacesErrors.sendError(404);
        } catch (PodiumException.Forbidden | PodiumException.NotSignedIn e) {
            FacesErrors.sendError(403);
        }
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
        try {
            java.time.Instant moment = deadline == null || deadline.isBlank() ? null
                    : LocalDateTime.parse(deadline.strip(), SpeakerProfilePage.WALL_CLOCK)
                    .atZone(java.time.ZoneId.of(zone)).toInstant();
            deadlines.set(slug, moment);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.slides.deadlineSaved"));
        } catch (DateTimeParseException e) {
            FacesErrors.show("deadlineForm", new PodiumException.Invalid("deadline", "error.speaker.windowFormat"),
                    localeSelection.getLocale());
        }
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
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public Long getInviteTalk() { return inviteTalk; }
    public void setInviteTalk(Long inviteTalk) { this.inviteTalk = inviteTalk; }
    public InvitationData getInvitation() { return invitation; }
}
