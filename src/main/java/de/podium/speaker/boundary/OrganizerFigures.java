package de.podium.speaker.boundary;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.event.boundary.OrganizerHome;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.Texts;
import de.podium.speaker.control.ConferenceStatistics;

/**
 * The organizer start page's line of figures per conference, e.g. "142 angemeldet · 12 auf der Warteliste · …",
 * counted for all the page's conferences at once. A bean of its own because the start page belongs to the event
 * feature, which must not know registrations or slides.
 */
@Named
@RequestScoped
public class OrganizerFigures {

    @Inject
    OrganizerHome home;

    @Inject
    ConferenceStatistics statistics;

    @Inject
    LocaleSelection localeSelection;

    private Map<Long, ConferenceStatistics.Summary> summaries;

    public String of(Conference conference) {
        if (summaries == null) {
            summaries = statistics.summaries(home.getConferences());
        }
        ConferenceStatistics.Summary summary = summaries.get(conference.getId());
        if (summary == null) {
            return "";
        }
        return Texts.get(localeSelection.getLocale(), "organizer.home.figures", summary.registered(),
                summary.waitlisted(), summary.pendingApproval(), summary.slidesMissing());
    }
}
