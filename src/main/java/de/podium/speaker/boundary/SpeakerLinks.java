package de.podium.speaker.boundary;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.speaker.control.PublicSpeakers;

/**
 * Whether a speaker named on the agenda or a talk page has a public speaker page to link to. The agenda feature's
 * pages ask through EL, so the agenda does not depend on the speaker feature.
 */
@Named
@RequestScoped
public class SpeakerLinks {

    @Inject
    PublicSpeakers speakers;

    private final Map<String, Set<Long>> shown = new HashMap<>();

    public boolean shown(String slug, long speakerId) {
        return shown.computeIfAbsent(slug, speakers::shownIds).contains(speakerId);
    }
}
