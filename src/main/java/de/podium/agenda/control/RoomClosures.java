package de.podium.agenda.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.RoomUnavailable;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.event.entity.TimeWindow;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PodiumException.FieldError;

/**
 * Times a room cannot be used, one at a time as the organizer's agenda page adds and removes them, in the
 * conference's wall-clock time. (The API replaces a room's whole list: {@link AgendaService#setRoomUnavailable}.)
 */
@ApplicationScoped
public class RoomClosures {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    AgendaService agenda;

    @Transactional
    public List<RoomUnavailable> of(String slug) {
        return agenda.closures(conferences.forOrganizer(slug));
    }

    /** Field names are those of the page's form: room, closedFrom, closedUntil. */
    @Transactional
    public RoomUnavailable close(String slug, Long roomId, LocalDateTime from, LocalDateTime until) {
        Conference conference = conferences.forOrganizer(slug);
        List<FieldError> errors = new ArrayList<>();
        Room room = agenda.roomOf(conference, roomId);
        if (roomId == null) {
            errors.add(new FieldError("room", "error.agenda.closure.room"));
        } else if (room == null) {
            errors.add(new FieldError("room", "error.agenda.unknownRoom", roomId));
        }
        if (from == null) {
            errors.add(new FieldError("closedFrom", "error.agenda.window.missing"));
        }
        if (until == null) {
            errors.add(new FieldError("closedUntil", "error.agenda.window.missing"));
        } else if (from != null && !until.isAfter(from)) {
            errors.add(new FieldError("closedUntil", "error.agenda.window.order"));
        }
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        RoomUnavailable closed = new RoomUnavailable(room, new TimeWindow(from, until));
        em.persist(closed);
        return closed;
    }

    @Transactional
    public void reopen(String slug, long closureId) {
        Conference conference = conferences.forOrganizer(slug);
        RoomUnavailable closure = em.find(RoomUnavailable.class, closureId);
        if (closure == null || !closure.getRoom().getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.agenda.unknownClosure", closureId);
        }
        em.remove(closure);
    }
}
