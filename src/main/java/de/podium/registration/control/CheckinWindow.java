package de.podium.registration.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import de.podium.event.entity.Conference;

/**
 * When the door is open: from the day before the conference (badges are often collected the evening before)
 * to the end of its last day, in the conference's time zone. Outside it a scanned code is refused unless the
 * organizer says so, so that a stray scan years later does not record an attendance.
 */
public record CheckinWindow(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {

    public static CheckinWindow of(Conference conference) {
        return new CheckinWindow(conference.getStartsAt().toLocalDate().minusDays(1),
                conference.getEndsAt().toLocalDate(), conference.zone());
    }

    public boolean admits(Instant moment) {
        Instant opens = firstDay.atStartOfDay(zone).toInstant();
        Instant closes = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        return !moment.isBefore(opens) && moment.isBefore(closes);
    }
}
