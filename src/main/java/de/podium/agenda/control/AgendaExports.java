package de.podium.agenda.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import de.podium.platform.control.Links;
import de.podium.agenda.entity.AgendaVersion;
import de.podium.agenda.entity.Room;
import de.podium.event.entity.Conference;

/** Exports of the published programme (never the working schedule): iCalendar and the frab formats. */
@ApplicationScoped
public class AgendaExports {

    @Inject
    AgendaPublishing publishing;

    @Inject
    Rooms rooms;

    @Inject
    Links links;

    public byte[] ics(String slug) {
        Published published = published(slug);
        return AgendaCalendar.of(published.conference(), published.talks(), published.version().getVersion(), links.base());
    }

    public String frabXml(String slug) {
        return frab(slug).xml();
    }

    public String frabJson(String slug) {
        return frab(slug).json();
    }

    private FrabSchedule frab(String slug) {
        Published published = published(slug);
        List<String> roomNames = rooms.of(published.conference()).stream().map(Room::getName).toList();
        return new FrabSchedule(published.conference(), published.talks(), roomNames, published.version().getVersion(), links.base());
    }

    private Published published(String slug) {
        AgendaVersion version = publishing.published(slug);
        Conference conference = publishing.conferenceOf(version);
        return new Published(conference, version, publishing.talks(conference, version));
    }

    private record Published(Conference conference, AgendaVersion version, List<PublishedTalk> talks) {
    }
}
