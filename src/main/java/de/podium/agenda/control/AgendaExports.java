package de.podium.agenda.control;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.podium.agenda.entity.AgendaVersion;
import de.podium.agenda.entity.Room;
import de.podium.event.entity.Conference;
import de.podium.platform.control.Links;
import de.podium.platform.control.PublishedFile;

/**
 * Exports of the published programme (never the working schedule): iCalendar and the frab formats, each with
 * the time of the version it shows, for conditional requests of polling apps.
 */
@ApplicationScoped
public class AgendaExports {

    @Inject
    AgendaPublishing publishing;

    @Inject
    Rooms rooms;

    @Inject
    Links links;

    public PublishedFile ics(String slug) {
        Published published = published(slug);
        Conference conference = published.conference();
        byte[] ics = AgendaCalendar.of(conference, published.talks(), publishing.sequences(conference),
                published.version().getPublishedAt(), links.base(), conference.getTitle());
        return new PublishedFile(ics, published.version().getPublishedAt());
    }

    public PublishedFile frabXml(String slug) {
        return frabXml(slug, false);
    }

    /** @param withVenue with ConfClerk's {@code <venue>}/{@code <city>}, which the frab schema does not allow */
    public PublishedFile frabXml(String slug, boolean withVenue) {
        Published published = published(slug);
        return utf8(frab(published).xml(withVenue), published);
    }

    public PublishedFile frabJson(String slug) {
        Published published = published(slug);
        return utf8(frab(published).json(), published);
    }

    private static PublishedFile utf8(String text, Published published) {
        return new PublishedFile(text.getBytes(StandardCharsets.UTF_8), published.version().getPublishedAt());
    }

    private FrabSchedule frab(Published published) {
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
