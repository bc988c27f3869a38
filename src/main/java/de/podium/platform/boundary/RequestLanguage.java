package de.podium.platform.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import de.podium.platform.control.Texts;

/** The language of an API request: the first of German or English in Accept-Language, else German. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        return headers == null ? Texts.GERMAN : firstSupported(headers.getAcceptableLanguages());
    }

    /**
     * The same from the raw Accept-Language value, for per-request resources: a {@code @HeaderParam} field costs
     * nothing, while a {@code @Context HttpHeaders} field makes Jersey build a proxy under a global lock per request.
     */
    public static Locale ofHeader(String acceptLanguage) {
        return firstSupported(accepted(acceptLanguage));
    }

    private static Locale firstSupported(List<Locale> accepted) {
        for (Locale locale : accepted) {
            if ("en".equals(locale.getLanguage()) || "de".equals(locale.getLanguage())) {
                return Texts.supported(locale);
            }
        }
        return Texts.GERMAN;
    }

    /** The languages of an Accept-Language value, most preferred first; none when it is missing or malformed. */
    public static List<Locale> accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> !range.getRange().equals("*") && range.getWeight() > 0)
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
