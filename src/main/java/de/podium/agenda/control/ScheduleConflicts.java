package de.podium.agenda.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Talk;
import de.podium.event.entity.Conference;

/** The conflicts of a conference's working (unpublished) schedule, found by {@link Conflicts} on the stored data. */
@ApplicationScoped
public class ScheduleConflicts {

    @Inject
    Talks talks;

    @Inject
    Availabilities availabilities;

    @Inject
    RoomClosures closures;

    @Transactional
    public List<Conflict> of(Conference conference) {
        return Conflicts.of(conference, talks.active(conference), availabilities.of(conference), closures.closedTimes(conference));
    }

    /** The conflicts one talk is part of: the answer to placing it. */
    public List<Conflict> of(Talk talk) {
        return of(talk.getConference()).stream().filter(c -> c.involves(talk)).toList();
    }
}
