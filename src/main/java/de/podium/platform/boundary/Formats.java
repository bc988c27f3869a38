package de.podium.platform.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.platform.control.Texts;

/** Dates and times for pages, per locale: 16.12.2016 and 10:30 Uhr in German. */
@Named
@RequestScoped
public class Formats {

    @Inject
    LocaleSelection localeSelection;

    public String date(LocalDateTime wallClock) {
        return wallClock == null ? "" : formatter("format.date").format(wallClock);
    }

    public String time(LocalDateTime wallClock) {
        return wallClock == null ? "" : formatter("format.time").format(wallClock);
    }

    public String dateTime(LocalDateTime wallClock) {
        return wallClock == null ? "" : formatter("format.dateTime").format(wallClock);
    }

    /** A moment shown in the conference's time zone. */
    public String dateTime(Instant moment, String zone) {
        return moment == null ? "" : dateTime(LocalDateTime.ofInstant(moment, ZoneId.of(zone)));
    }

    /** ISO form for the datetime attribute of time elements (whole seconds: HTML allows at most three fraction digits). */
    public String iso(LocalDateTime wallClock, String zone) {
        return wallClock == null ? ""
                : wallClock.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneId.of(zone)).toOffsetDateTime().toString();
    }

    public String iso(Instant moment) {
        return moment == null ? "" : moment.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private DateTimeFormatter formatter(String key) {
        return DateTimeFormatter.ofPattern(Texts.get(localeSelection.getLocale(), key), localeSelection.getLocale());
    }
}
