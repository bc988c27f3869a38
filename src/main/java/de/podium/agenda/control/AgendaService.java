package de.podium.agenda.control;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.RoomUnavailable;
import de.podium.agenda.entity.Talk;
import de.podium.agenda.entity.TalkKind;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.event.entity.TimeWindow;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PodiumException.FieldError;
import de.podium.platform.control.Texts;
import de.podium.agenda.entity.Availability;
import de.podium.agenda.entity.Speaker;

/** Rooms, talks, slots and speaker availability of a conference's programme, for its organizers. */
@ApplicationScoped
public class AgendaService {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    InputValidator validator;

    @Transactional
    public Room addRoom(String slug, AgendaData.RoomData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data);
        Room room = new Room(conference, data.name.strip(), data.capacity, rooms(conference).size());
        room.setEquipment(Texts.blankToNull(data.equipment));
        em.persist(room);
        return room;
    }

    public List<Room> rooms(Conference conference) {
        return em.createNamedQuery(Room.OF_CONFERENCE, Room.class).setParameter("conference", conference).getResultList();
    }

    public List<Talk> talks(Conference conference) {
        return em.createNamedQuery(Talk.OF_CONFERENCE, Talk.class).setParameter("conference", conference).getResultList();
    }

    @Transactional
    public Talk addTalk(String slug, AgendaData.TalkData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data);
        Talk talk = new Talk(conference, data.title.strip(),
                data.kind == null ? TalkKind.TALK : TalkKind.valueOf(data.kind), data.durationMinutes);
        talk.setSummary(Texts.blankToNull(data.summary));
        talk.setLanguage(data.language == null ? "de" : data.language);
        talk.setExpectedAudience(data.expectedAudience);
        if (data.track != null && !data.track.isBlank()) {
            talk.setTrack(conference.track(data.track.strip())
                    .orElseThrow(() -> new PodiumException.Invalid("track", "error.agenda.unknownTrack", data.track)));
        }
        for (AgendaData.SpeakerData speaker : data.speakers == null ? List.<AgendaData.SpeakerData>of() : data.speakers) {
            talk.addSpeaker(speaker(conference, speaker));
        }
        em.persist(talk);
        return talk;
    }

    /** Places a talk; the answer lists every conflict it is part of, which never stops the placing itself. */
    @Transactional
    public Talk place(String slug, long talkId, AgendaData.SlotData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data);
        Talk talk = talkOf(conference, talkId);
        Room room = roomOf(conference, data.roomId);
        if (room == null) {
            throw new PodiumException.Invalid("roomId", "error.agenda.unknownRoom", data.roomId);
        }
        LocalDateTime start = local(conference, data.start);
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
        Conference conference = conferences.forOrganizer(slug);
        Talk talk = talkOf(conference, talkId);
        talk.unplace();
        return talk;
    }

    @Transactional
    public List<Availability> setAvailability(String slug, long speakerId, List<AgendaData.WindowData> windows) {
        Conference conference = conferences.forOrganizer(slug);
        Speaker speaker = em.find(Speaker.class, speakerId);
        if (speaker == null || !speaker.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.agenda.unknownSpeaker", speakerId);
        }
        return replaceAvailability(speaker, windows);
    }

    /** The speaker portal calls this for the signed-in speaker's own windows, after its own check. */
    @Transactional
    public List<Availability> replaceAvailability(Speaker speaker, List<AgendaData.WindowData> windows) {
        Conference conference = speaker.getConference();
        checkWindows(windows);
        em.createQuery("DELETE FROM Availability a WHERE a.speaker = :speaker").setParameter("speaker", speaker).executeUpdate();
        List<Availability> stored = new ArrayList<>();
        for (AgendaData.WindowData window : windows) {
            Availability availability = new Availability(speaker, new TimeWindow(local(conference, window.start), local(conference, window.end)));
            em.persist(availability);
            stored.add(availability);
        }
        return stored;
    }

    /** Replaces the times a room cannot be used; placements inside them become ROOM_UNAVAILABLE conflicts. */
    @Transactional
    public List<RoomUnavailable> setRoomUnavailable(String slug, long roomId, List<AgendaData.WindowData> windows) {
        Conference conference = conferences.forOrganizer(slug);
        Room room = roomOf(conference, roomId);
        if (room == null) {
            throw new PodiumException.NotFound("error.agenda.unknownRoom", roomId);
        }
        checkWindows(windows);
        em.createQuery("DELETE FROM RoomUnavailable u WHERE u.room = :room").setParameter("room", room).executeUpdate();
        List<RoomUnavailable> stored = new ArrayList<>();
        for (AgendaData.WindowData window : windows) {
            RoomUnavailable closed = new RoomUnavailable(room, new TimeWindow(local(conference, window.start), local(conference, window.end)));
            em.persist(closed);
            stored.add(closed);
        }
        return stored;
    }

    /** All conflicts of the current (unpublished) schedule. */
    @Transactional
    public List<Conflict> conflicts(Conference conference) {
        return Conflicts.of(conference, talks(conference), availability(conference), roomClosed(conference));
    }

    /** Speaker id → availability windows of the conference's speakers. */
    public Map<Long, List<Window>> availability(Conference conference) {
        Map<Long, List<Window>> availability = new HashMap<>();
        em.createQuery("SELECT a FROM Availability a WHERE a.speaker.conference = :conference", Availability.class)
                .setParameter("conference", conference).getResultList()
                .forEach(a -> availability.computeIfAbsent(a.getSpeaker().getId(), s -> new ArrayList<>())
                        .add(new Window(a.getWindow().getStartsAt(), a.getWindow().getEndsAt())));
        return availability;
    }

    /** Room id → times the conference's rooms cannot be used. */
    public Map<Long, List<Window>> roomClosed(Conference conference) {
        Map<Long, List<Window>> closed = new HashMap<>();
        closures(conference).forEach(u -> closed.computeIfAbsent(u.getRoom().getId(), r -> new ArrayList<>())
                .add(new Window(u.getWindow().getStartsAt(), u.getWindow().getEndsAt())));
        return closed;
    }

    public List<RoomUnavailable> closures(Conference conference) {
        return em.createQuery("SELECT u FROM RoomUnavailable u WHERE u.room.conference = :conference "
                        + "ORDER BY u.window.startsAt", RoomUnavailable.class)
                .setParameter("conference", conference).getResultList();
    }

    public List<Conflict> conflictsOf(Talk talk) {
        return conflicts(talk.getConference()).stream().filter(c -> c.involves(talk)).toList();
    }

    public static LocalDateTime local(Conference conference, OffsetDateTime moment) {
        return moment.atZoneSameInstant(conference.zone()).toLocalDateTime();
    }

    /** ISO-8601 with seconds and offset, as everywhere in the API: 2016-12-16T10:30:00+01:00. */
    public static String iso(Conference conference, LocalDateTime wallClock) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offset(conference, wallClock));
    }

    public static OffsetDateTime offset(Conference conference, LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(conference.zone()).toOffsetDateTime();
    }

    private static void checkWindows(List<AgendaData.WindowData> windows) {
        if (windows == null) {
            throw new PodiumException.Invalid("body", "error.body.missing");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            AgendaData.WindowData window = windows.get(i);
            if (window == null || window.start == null || window.end == null) {
                errors.add(new FieldError("[" + i + "]", "error.agenda.window.missing"));
            } else if (!window.end.isAfter(window.start)) {
                errors.add(new FieldError("[" + i + "].end", "error.agenda.window.order"));
            }
        }
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
    }

    /** The conference's room of that id, or null (also for another conference's room). */
    public Room roomOf(Conference conference, Long roomId) {
        Room room = roomId == null ? null : em.find(Room.class, roomId);
        return room != null && room.getConference().getId().equals(conference.getId()) ? room : null;
    }

    private Talk talkOf(Conference conference, long talkId) {
        Talk talk = em.find(Talk.class, talkId);
        if (talk == null || !talk.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.agenda.unknownTalk", talkId);
        }
        return talk;
    }

    /** The same person speaking twice is one speaker: matched by e-mail within the conference. */
    private Speaker speaker(Conference conference, AgendaData.SpeakerData data) {
        if (data.email != null && !data.email.isBlank()) {
            List<Speaker> known = em.createQuery("SELECT s FROM Speaker s WHERE s.conference = :conference "
                            + "AND LOWER(s.email) = :email", Speaker.class)
                    .setParameter("conference", conference)
                    .setParameter("email", data.email.strip().toLowerCase(Locale.ROOT)).getResultList();
            if (!known.isEmpty()) {
                return known.get(0);
            }
        }
        Speaker speaker = new Speaker(conference, Texts.blankToNull(data.title), data.firstName.strip(), data.lastName.strip());
        speaker.setOffice(Texts.blankToNull(data.office));
        speaker.setEmail(Texts.blankToNull(data.email));
        em.persist(speaker);
        return speaker;
    }
}
