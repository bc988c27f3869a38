package de.podium.agenda.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.RoomUnavailable;
import de.podium.agenda.entity.TimeWindow;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PodiumException.FieldError;

/**
 * Times a room cannot be used, in the conference's wall-clock time; a talk placed in one is a ROOM_UNAVAILABLE
 * conflict. The page adds and removes one at a time, the API replaces a room's whole list; both take the same
 * checks ({@link WindowInput}) and the same way into the database.
 */
@ApplicationScoped
public class RoomClosures {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    Rooms rooms;

    @Transactional
    public List<RoomUnavailable> of(String slug) {
        return of(conferences.forOrganizer(slug));
    }

    public List<RoomUnavailable> of(Conference conference) {
        return em.createQuery("SELECT u FROM RoomUnavailable u WHERE u.room.conference = :conference "
                        + "ORDER BY u.window.startsAt", RoomUnavailable.class)
                .setParameter("conference", conference).getResultList();
    }

    /** Room id → times the conference's rooms cannot be used. */
    public Map<Long, List<TimeWindow>> closedTimes(Conference conference) {
        Map<Long, List<TimeWindow>> closed = new HashMap<>();
        of(conference).forEach(u -> closed.computeIfAbsent(u.getRoom().getId(), r -> new ArrayList<>()).add(u.getWindow()));
        return closed;
    }

    /** One closed time from the page; field names are those of its form: room, closedFrom, closedUntil. */
    @Transactional
    public RoomUnavailable close(String slug, Long roomId, LocalDateTime from, LocalDateTime until) {
        Conference conference = conferences.forOrganizer(slug);
        List<FieldError> errors = new ArrayList<>();
        Room room = rooms.find(conference, roomId);
        if (roomId == null) {
            errors.add(new FieldError("room", "error.agenda.closure.room"));
        } else if (room == null) {
            errors.add(new FieldError("room", "error.agenda.unknownRoom", roomId));
        }
        WindowInput.check(from, "closedFrom", until, "closedUntil", errors);
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        return store(room, new TimeWindow(from, until));
    }

    /** The API's way: the room's whole list of closed times is replaced. */
    @Transactional
    public List<RoomUnavailable> replace(String slug, long roomId, List<AgendaData.WindowData> windows) {
        Conference conference = conferences.forOrganizer(slug);
        Room room = rooms.find(conference, roomId);
        if (room == null) {
            throw new PodiumException.NotFound("error.agenda.unknownRoom", roomId);
        }
        List<TimeWindow> checked = WindowInput.windows(conference, windows);
        em.createQuery("DELETE FROM RoomUnavailable u WHERE u.room = :room").setParameter("room", room).executeUpdate();
        return checked.stream().map(window -> store(room, window)).toList();
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

    private RoomUnavailable store(Room room, TimeWindow window) {
        RoomUnavailable closed = new RoomUnavailable(room, window);
        em.persist(closed);
        return closed;
    }
}
