package de.podium.mail.control;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.podium.event.control.ConferenceBranding;
import de.podium.event.control.LegalLinks;
import de.podium.event.entity.Conference;
import de.podium.platform.control.Links;
import de.podium.platform.control.Texts;

/** The values every mail of a conference may use: title, date and time (the conference's wall clock), venue, links. */
@ApplicationScoped
public class ConferenceMailValues {

    private static final String DASH = " – ";

    @Inject
    Links links;

    @Inject
    LegalLinks legal;

    public Map<String, String> of(Conference conference, Locale locale) {
        Map<String, String> model = new HashMap<>();
        model.put("baseUrl", links.base());
        model.put("imprintUrl", legal.absoluteImprint(conference));
        model.put("privacyUrl", legal.absolutePrivacy(conference));
        if (conference == null) {
            model.put("conferenceTitle", "Podium");
            model.put("organizerName", "Podium");
            return model;
        }
        model.put("conferenceTitle", conference.getTitle());
        model.put("conference", conference.getTitle());
        model.put("conferenceUrl", links.to("/conferences/" + conference.getSlug()));
        model.put("organizerName", conference.getOrganizerName());
        model.put("date", date(conference.getStartsAt(), conference.getEndsAt(), locale));
        model.put("time", time(conference.getStartsAt(), conference.getEndsAt(), locale));
        model.put("venue", orEmpty(conference.getVenue() == null ? conference.getCity() : conference.getVenue()));
        model.put("city", orEmpty(conference.getCity()));
        if (conference.getAccentColour() != null) {
            model.put(MailTemplates.BRAND_COLOUR, conference.getAccentColour());
        }
        String logo = ConferenceBranding.logoUrl(conference);
        if (logo != null) {
            model.put(MailTemplates.LOGO_URL, links.to(logo));
        }
        return model;
    }

    /** One day, or first and last day of a conference over several days. */
    static String date(LocalDateTime start, LocalDateTime end, Locale locale) {
        if (start == null) {
            return "";
        }
        String first = Texts.pattern(locale, "format.date").format(start);
        return end == null || end.toLocalDate().equals(start.toLocalDate()) ? first
                : first + DASH + Texts.pattern(locale, "format.date").format(end);
    }

    /** Beginning and end on the conference's one day; only the beginning of one over several days. */
    static String time(LocalDateTime start, LocalDateTime end, Locale locale) {
        if (start == null) {
            return "";
        }
        String begins = Texts.pattern(locale, "format.time").format(start);
        return end == null || !end.toLocalDate().equals(start.toLocalDate()) ? begins
                : begins + DASH + Texts.pattern(locale, "format.time").format(end);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
