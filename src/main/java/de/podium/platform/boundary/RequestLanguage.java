package de.podium.platform.boundary;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import de.podium.platform.control.Texts;

/** The language of an API request: the first of German or English in Accept-Language, else German. */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Texts.GERMAN;
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("en".equals(locale.getLanguage()) || "de".equals(locale.getLanguage())) {
                return Texts.supported(locale);
            }
        }
        return Texts.GERMAN;
    }
}
