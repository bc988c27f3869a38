package de.podium.documents.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the proceedings hold, loaded from the published agenda and the slide uploads before writing starts. */
public record ProceedingsContent(Locale locale, String conference, String subtitle, String dates, String place,
                                 String organizer, String edition, List<TalkEntry> talks) {

    /**
     * One talk; {@code slides} is the released (else the latest) upload or null, {@code slidesType} its content type,
     * {@code slideId} the upload's id (0 when none), under which its page texts may be known.
     */
    public record TalkEntry(long id, String title, String when, String room, List<String> speakers, String summary,
                            Path slides, String slidesType, long slideId, boolean isBreak) {

        public String destination() {
            return "talk-" + id;
        }
    }
}
