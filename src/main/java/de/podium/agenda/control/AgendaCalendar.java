package de.podium.agenda.control;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

import de.podium.event.entity.Conference;
import de.podium.platform.control.CalendarFile;

/**
 * Published talks as iCalendar: local times with TZID and the zone's VTIMEZONE, so calendars show "10:30" in
 * Berlin on both sides of a daylight-saving change. UIDs stay stable; SEQUENCE counts the published versions
 * that changed the talk (see {@link EventSequences}), so calendars update a moved talk and leave the others be.
 */
public final class AgendaCalendar {

    private AgendaCalendar() {
    }

    /**
     * @param name       what a subscribing calendar app calls this calendar
     * @param sequences  per talk id, how often it changed between published versions (missing: 0)
     * @param published  when the shown version was published: the DTSTAMP, so that the same version gives the
     *                   same bytes (and ETag) on every request
     */
    public static byte[] of(Conference conference, List<PublishedTalk> talks, Map<Long, Integer> sequences,
                            Instant published, String baseUrl, String name) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone zone = registry.getTimeZone(conference.getTimeZone());
        Calendar calendar = CalendarFile.named(name, conference.getTimeZone());
        calendar.add(zone.getVTimeZone());
        for (PublishedTalk talk : talks) {
            VEvent event = new VEvent(talk.start().atZone(conference.zone()), talk.end().atZone(conference.zone()),
                    talk.title());
            event.replace(new DtStamp(published.truncatedTo(ChronoUnit.SECONDS)));
            event.add(new Uid(CalendarFile.uid("talk-" + talk.id(), baseUrl)));
            event.add(new Location(talk.room() + ", " + conference.getCity()));
            event.add(new Sequence(sequences.getOrDefault(talk.id(), 0)));
            if (talk.cancelled()) {
                event.add(new net.fortuna.ical4j.model.property.Status("CANCELLED"));
            }
            event.add(CalendarFile.organizer(conference.getOrganizerName(), conference.getOrganizerEmail(),
                    baseUrl + "/conferences/" + conference.getSlug()));
            if (talk.summary() != null) {
                event.add(new Description(talk.summary()));
            }
            if (baseUrl != null) {
                event.add(new Url(URI.create(baseUrl + "/conferences/" + conference.getSlug() + "/talks/" + talk.id())));
            }
            calendar.add(event);
        }
        return CalendarFile.bytes(calendar);
    }
}
