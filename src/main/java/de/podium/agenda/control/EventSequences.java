package de.podium.agenda.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The iCalendar SEQUENCE of each talk: how many published versions changed what a calendar shows of it (title,
 * time, room, description). A version that leaves a talk as it was does not bump it, so subscribers' calendars
 * do not re-announce the whole programme for one moved talk (RFC 5545 3.8.7.4).
 */
public final class EventSequences {

    private EventSequences() {
    }

    /** @param versions the talks of every published version, oldest first */
    public static Map<Long, Integer> of(List<List<PublishedTalk>> versions) {
        Map<Long, Integer> sequences = new HashMap<>();
        Map<Long, List<Object>> lastSeen = new HashMap<>();
        for (List<PublishedTalk> talks : versions) {
            for (PublishedTalk talk : talks) {
                List<Object> shown = shown(talk);
                List<Object> before = lastSeen.put(talk.id(), shown);
                if (before == null) {
                    sequences.putIfAbsent(talk.id(), 0);
                } else if (!Objects.equals(before, shown)) {
                    sequences.merge(talk.id(), 1, Integer::sum);
                }
            }
        }
        return sequences;
    }

    private static List<Object> shown(PublishedTalk talk) {
        return java.util.Arrays.asList(talk.title(), talk.start(), talk.end(), talk.room(), talk.summary(), talk.cancelled());
    }
}
