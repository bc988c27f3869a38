package de.podium.agenda.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import de.podium.event.entity.Conference;

/**
 * Published talks as iCalendar: local times with TZID and the zone's VTIMEZONE, so calendars show "10:30" in
 * Berlin on both sides of a daylight-saving change. SEQUENCE follows the programme version, UIDs stay stable.
 */
public final class AgendaCalendar {

    private AgendaCalendar() {
    }

    public static byte[] of(Conference conference, List<PublishedTalk> talks, int version, String baseUrl) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone zone = registry.getTimeZone(conference.getTimeZone());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Podium//Podium//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(zone.getVTimeZone());
        for (PublishedTalk talk : talks) {
            VEvent event = new VEvent(talk.start().atZone(conference.zone()), talk.end().atZone(conference.zone()),
                    talk.title());
            event.add(new Uid("talk-" + talk.id() + "@podium"));
            event.add(new Location(talk.room() + ", " + conference.getCity()));
            event.add(new Sequence(version));
            if (talk.summary() != null) {
                event.add(new Description(talk.summary()));
            }
            if (baseUrl != null) {
                event.add(new Url(java.net.URI.create(baseUrl + "/conferences/" + conference.getSlug() + "/talks/" + talk.id())));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
