package de.podium.platform.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts for users from the i18n bundles (German first, English second); Java code holds keys only. */
public final class Texts {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern
                : new MessageFormat(pattern, supported(locale)).format(Arrays.stream(args).map(a -> readable(locale, a)).toArray());
    }

    /**
     * A word from the bundle used as a message argument, e.g. a status: control services throw before they know
     * the reader's language, so the word is looked up when the message is.
     */
    public record Word(String key) {
    }

    /** A name the organizer gave in both languages (e.g. a category); English falls back to the German name. */
    public record Translated(String german, String english) {
        public String in(Locale locale) {
            return ENGLISH.equals(supported(locale)) && english != null && !english.isBlank() ? english : german;
        }
    }

    /**
     * A whole message for structured error details (e.g. the conflicts that block publishing), localised by the
     * boundary in the language of the request.
     */
    public record Message(String key, List<Object> args) {
        public String in(Locale locale) {
            return get(locale, key, args.toArray());
        }
    }

    /** Arguments as people write them in the reader's language: words looked up, dates and times localised. */
    private static Object readable(Locale locale, Object arg) {
        if (arg instanceof Message message) {
            return message.in(locale);
        }
        if (arg instanceof Translated name) {
            return name.in(locale);
        }
        if (arg instanceof Word word) {
            return get(locale, word.key());
        }
        if (arg instanceof LocalDateTime dateTime) {
            return pattern(locale, "format.dateTime").format(dateTime);
        }
        if (arg instanceof LocalDate date) {
            return pattern(locale, "format.date").format(date);
        }
        if (arg instanceof LocalTime time) {
            return pattern(locale, "format.time").format(time);
        }
        return arg;
    }

    /**
     * A message of the bundle to format many times with plain string arguments (e.g. one per slide): the pattern
     * is parsed once. Arguments are not made readable as {@link #get} makes them.
     */
    public static MessageFormat message(Locale locale, String key) {
        return new MessageFormat(get(locale, key), supported(locale));
    }

    /** A date/time pattern of the bundle ({@code format.date}, {@code format.time}, {@code format.dateTime}). */
    public static DateTimeFormatter pattern(Locale locale, String key) {
        return DateTimeFormatter.ofPattern(get(locale, key), supported(locale));
    }

    /** German unless English was asked for: the two languages Podium speaks. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : GERMAN;
    }

    /** Trimmed text, or null when nothing but blanks was entered. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Locale fromTag(String tag) {
        return tag == null ? GERMAN : supported(Locale.forLanguageTag(tag));
    }
}
