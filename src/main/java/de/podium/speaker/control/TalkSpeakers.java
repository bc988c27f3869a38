package de.podium.speaker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import de.podium.agenda.control.Talks;
import de.podium.agenda.entity.Speaker;
import de.podium.platform.control.PodiumException;

/**
 * The speakers of a talk as the organizer sets them: someone already speaking at the conference is picked, a new
 * person is entered and gets the speaker invitation (with the link to sign up) from there.
 */
@ApplicationScoped
public class TalkSpeakers {

    @Inject
    Talks talks;

    @Inject
    SpeakerInvitations invitations;

    /** Either {@code speakerId} or a new person with an e-mail address to send the invitation to. */
    public static class Assignment extends InvitationData {
        public Long speakerId;
        public Long getSpeakerId() { return speakerId; }
        public void setSpeakerId(Long speakerId) { this.speakerId = speakerId; }
    }

    @Transactional
    public Speaker assign(String slug, long talkId, Assignment data) {
        if (data == null) {
            throw new PodiumException.Invalid("speakerId", "error.speaker.pickOrEnter");
        }
        if (data.speakerId != null) {
            return talks.assignSpeaker(slug, talkId, data.speakerId);
        }
        return invitations.invite(slug, talkId, data).getSpeaker();
    }
}
