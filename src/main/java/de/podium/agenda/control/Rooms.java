package de.podium.agenda.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Room;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PublicContentChanged;
import de.podium.platform.control.Texts;

/** The rooms of a conference's programme. */
@ApplicationScoped
public class Rooms {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Inject
    ConferenceService conferences;

    @Inject
    InputValidator validator;

    @Transactional
    public Room add(String slug, AgendaData.RoomData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data);
        Room room = new Room(conference, data.name.strip(), data.capacity, of(conference).size());
        room.setEquipment(Texts.blankToNull(data.equipment));
        em.persist(room);
        publicChanges.fire(PublicContentChanged.content(slug));
        return room;
    }

    /**
     * Puts the rooms in the order the organizer gives (every room of the conference once): columns of the editor,
     * parallel talks on the public agenda and the exports follow it.
     */
    @Transactional
    public List<Room> order(String slug, List<Long> roomIds) {
        Conference conference = conferences.forOrganizer(slug);
        List<Room> rooms = of(conference);
        Set<Long> given = roomIds == null ? Set.of() : new HashSet<>(roomIds);
        if (roomIds == null || roomIds.size() != rooms.size() || given.size() != rooms.size()
                || !rooms.stream().allMatch(r -> given.contains(r.getId()))) {
            throw new PodiumException.Invalid("rooms", "error.agenda.rooms.order");
        }
        Map<Long, Room> byId = rooms.stream().collect(Collectors.toMap(Room::getId, r -> r));
        for (int i = 0; i < roomIds.size(); i++) {
            byId.get(roomIds.get(i)).moveTo(i);
        }
        publicChanges.fire(PublicContentChanged.content(slug));
        return of(conference);
    }

    /** One place earlier ({@code -1}) or later ({@code +1}) in the order. */
    @Transactional
    public void move(String slug, Long roomId, int step) {
        Conference conference = conferences.forOrganizer(slug);
        List<Long> ids = new ArrayList<>(of(conference).stream().map(Room::getId).toList());
        int at = ids.indexOf(roomId);
        int to = at + step;
        if (at < 0 || to < 0 || to >= ids.size()) {
            return;
        }
        Collections.swap(ids, at, to);
        order(slug, ids);
    }

    public List<Room> of(Conference conference) {
        return em.createNamedQuery(Room.OF_CONFERENCE, Room.class).setParameter("conference", conference).getResultList();
    }

    /** The conference's room of that id, or null (also for another conference's room). */
    public Room find(Conference conference, Long roomId) {
        Room room = roomId == null ? null : em.find(Room.class, roomId);
        return room != null && room.getConference().getId().equals(conference.getId()) ? room : null;
    }
}
