package de.podium.platform.control;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times as people type them: the page's format ({@code 16.12.2016 10:00} in German,
 * {@code 2016-12-16 10:00} in English) with one-digit days, months and hours allowed ({@code 9:00}), and either
 * language's form accepted on either page, so that a date copied from a German mail works on the English page.
 */
public final class TypedDateTimes {

    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d H:mm", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));

    private TypedDateTimes() {
    }

    /** The wall-clock time typed, or empty when it is no date and time (blank included). */
    public static Optional<LocalDateTime> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        // the pages show "16.12.2016, 10:00 Uhr": typed back like that it is still understood
        String normalised = typed.strip().replaceFirst("(?i)\\s*(uhr|h)$", "").replaceAll("\\s*,\\s*|\\s+|T", " ");
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return Optional.of(LocalDateTime.parse(normalised, format));
            } catch (DateTimeParseException e) {
                // the other language's form may still match
            }
        }
        return Optional.empty();
    }

    /** The way the page asks for a date and time ({@code format.dateTimeInput}), e.g. to fill a field. */
    public static String format(Locale locale, LocalDateTime wallClock) {
        return wallClock == null ? "" : Texts.pattern(locale, "format.dateTimeInput").format(wallClock);
    }
}
