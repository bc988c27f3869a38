package de.podium.event.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;


import jakarta.inject.Inject;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

import de.podium.platform.control.CalendarFile;
import de.podium.platform.control.Links;
import de.podium.event.entity.Conference;

/**
 * The conference as one iCalendar event (RFC 5545), attached to confirmation mails. Times are written in
 * UTC so that no VTIMEZONE has to travel with the file; calendars show them in the reader's zone.
 */
@ApplicationScoped
public class ConferenceCalendar {

    @Inject
    Links links;

    public byte[] ics(Conference conference) {
        return bytes(conference, links.base());
    }

    static String ics(Conference conference, String baseUrl) {
        return new String(bytes(conference, baseUrl), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Conference conference, String baseUrl) {
        Instant start = conference.startsAtWithOffset().toInstant();
        Instant end = conference.endsAtWithOffset().toInstant();
        if (!end.isAfter(start)) {
            end = start.plus(Duration.ofHours(1));
        }
        VEvent event = new VEvent(start, end, conference.getTitle());
        event.add(new Uid(CalendarFile.uid("conference-" + conference.getSlug(), baseUrl)));
        String where = conference.getVenue() == null ? conference.getCity()
                : conference.getVenue() + ", " + conference.getCity();
        event.add(new Location(where));
        if (conference.getSubtitle() != null) {
            event.add(new Description(conference.getSubtitle()));
        }
        event.add(new Url(URI.create(baseUrl + "/conferences/" + conference.getSlug())));
        event.add(CalendarFile.organizer(conference.getOrganizerName(), conference.getOrganizerEmail(),
                baseUrl + "/conferences/" + conference.getSlug()));
        Calendar calendar = CalendarFile.named(conference.getTitle(), null);
        calendar.add(event);
        return CalendarFile.bytes(calendar);
    }
}
