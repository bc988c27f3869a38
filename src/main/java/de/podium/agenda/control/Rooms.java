package de.podium.agenda.control;

import java.util.List;

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

    public List<Room> of(Conference conference) {
        return em.createNamedQuery(Room.OF_CONFERENCE, Room.class).setParameter("conference", conference).getResultList();
    }

    /** The conference's room of that id, or null (also for another conference's room). */
    public Room find(Conference conference, Long roomId) {
        Room room = roomId == null ? null : em.find(Room.class, roomId);
        return room != null && room.getConference().getId().equals(conference.getId()) ? room : null;
    }
}
