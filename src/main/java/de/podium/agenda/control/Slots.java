package de.podium.agenda.control;

import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.Talk;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;

/** Placing talks in a room at a time, and taking them out again. */
@ApplicationScoped
public class Slots {

    @Inject
    ConferenceService conferences;

    @Inject
    InputValidator validator;

    @Inject
    Talks talks;

    @Inject
    Rooms rooms;

    /** Places a talk; the conflicts it is part of ({@link ScheduleConflicts}) never stop the placing itself. */
    @Transactional
    public Talk place(String slug, long talkId, AgendaData.SlotData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data);
        Talk talk = talks.find(conference, talkId);
        Room room = rooms.find(conference, data.roomId);
        if (room == null) {
            throw new PodiumException.Invalid("roomId", "error.agenda.unknownRoom", data.roomId);
        }
        LocalDateTime start = conference.wallClock(data.start);
        if (start.toLocalDate().isBefore(conference.getStartsAt().toLocalDate())
                || start.toLocalDate().isAfter(conference.getEndsAt().toLocalDate())) {
            // another day is a mistake in the input; running past the last day (or a conference moved later) is a warning
            throw new PodiumException.Invalid("start", "error.agenda.notAConferenceDay", start.toLocalDate());
        }
        talk.place(room, start);
        return talk;
    }

    @Transactional
    public Talk unplace(String slug, long talkId) {
        Talk talk = talks.find(conferences.forOrganizer(slug), talkId);
        talk.unplace();
        return talk;
    }
}
