package de.podium.agenda.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.agenda.entity.Availability;
import de.podium.agenda.entity.Speaker;
import de.podium.agenda.entity.TimeWindow;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;

/** The times speakers are available; outside them a placed talk is a SPEAKER_UNAVAILABLE conflict. */
@ApplicationScoped
public class Availabilities {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    /** The organizers' way: any speaker of their conference. */
    @Transactional
    public List<Availability> set(String slug, long speakerId, List<AgendaData.WindowData> windows) {
        Conference conference = conferences.forOrganizer(slug);
        Speaker speaker = em.find(Speaker.class, speakerId);
        if (speaker == null || !speaker.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.agenda.unknownSpeaker", speakerId);
        }
        return replace(speaker, windows);
    }

    /** The speaker portal calls this for the signed-in speaker's own windows, after its own check. */
    @Transactional
    public List<Availability> replace(Speaker speaker, List<AgendaData.WindowData> windows) {
        List<TimeWindow> checked = WindowInput.windows(speaker.getConference(), windows);
        em.createQuery("DELETE FROM Availability a WHERE a.speaker = :speaker").setParameter("speaker", speaker).executeUpdate();
        List<Availability> stored = new ArrayList<>();
        for (TimeWindow window : checked) {
            Availability availability = new Availability(speaker, window);
            em.persist(availability);
            stored.add(availability);
        }
        return stored;
    }

    /** Speaker id → availability windows of the conference's speakers. */
    public Map<Long, List<TimeWindow>> of(Conference conference) {
        Map<Long, List<TimeWindow>> availability = new HashMap<>();
        em.createQuery("SELECT a FROM Availability a WHERE a.speaker.conference = :conference", Availability.class)
                .setParameter("conference", conference).getResultList()
                .forEach(a -> availability.computeIfAbsent(a.getSpeaker().getId(), s -> new ArrayList<>()).add(a.getWindow()));
        return availability;
    }
}
