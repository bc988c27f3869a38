package de.podium.speaker.boundary;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.speaker.control.SpeakerPortal;
import de.podium.speaker.entity.TalkAnswer;

/** /speaker/: the signed-in speaker's talks in all conferences, with room and time once published. */
@Named
@ViewScoped
public class SpeakerHomePage implements Serializable {

    @Inject
    SpeakerPortal portal;

    @Inject
    LocaleSelection localeSelection;

    private transient List<SpeakerPortal.Engagement> engagements;

    public List<SpeakerPortal.Engagement> getEngagements() {
        if (engagements == null) {
            engagements = portal.myTalks();
        }
        return engagements;
    }

    public void accept(long talkId) {
        answer(talkId, TalkAnswer.Answer.ACCEPTED);
    }

    public void decline(long talkId) {
        answer(talkId, TalkAnswer.Answer.DECLINED);
    }

    private void answer(long talkId, TalkAnswer.Answer answer) {
        try {
            portal.answer(talkId, answer);
            engagements = null;
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "speaker.home.answered." + answer.name()));
        } catch (PodiumException e) {
            FacesErrors.show("talks", e, localeSelection.getLocale());
        }
    }
}
