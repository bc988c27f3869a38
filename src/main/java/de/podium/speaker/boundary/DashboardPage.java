package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.Texts;
import de.podium.registration.control.CheckinWindow;
import de.podium.registration.control.DoorCheckins;
import de.podium.registration.entity.RegistrationStatus;
import de.podium.speaker.control.ConferenceStatistics;

/**
 * /organizer/conferences/{slug}/dashboard: the conference's figures as SVG charts, each with the same numbers as a
 * table; the check-in count refreshes itself on the days of the conference.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    @Inject
    ConferenceStatistics statistics;

    @Inject
    DoorCheckins doors;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private String conferenceTitle;
    private boolean checkinDay;
    private Integer capacity;
    private long active;
    private LineChart registrations;
    private List<DayRow> days;
    private BarChart byCategory;
    private BarChart byStatus;
    private BarChart mail;
    private Progress checkins;
    private List<String> slidesMissing;

    public record DayRow(String date, long count, long cumulative) implements Serializable {
    }

    /** Checked in of expected, with the filled part of a 320 wide bar. */
    public record Progress(long checkedIn, long expected, String width, String summary) implements Serializable {
    }

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            show(statistics.of(slug));
        });
    }

    /** Called by the poll: only the door's count, the one figure that moves by the minute. */
    public void refreshCheckins() {
        checkins = progress(doors.count(slug));
    }

    private void show(ConferenceStatistics.Figures figures) {
        Locale locale = localeSelection.getLocale();
        conferenceTitle = figures.conference().getTitle();
        checkinDay = CheckinWindow.of(figures.conference()).admits(Instant.now());
        capacity = figures.capacity();
        active = figures.active();
        var dateFormat = Texts.pattern(locale, "format.date");
        registrations = LineChart.of(figures.perDay().stream()
                        .map(d -> new LineChart.Point(d.date(), d.cumulative())).toList(),
                capacity, (LocalDate d) -> dateFormat.format(d));
        days = figures.perDay().stream().map(d -> new DayRow(dateFormat.format(d.date()), d.count(), d.cumulative())).toList();
        byCategory = BarChart.of(figures.byCategory().stream()
                        .map(c -> new BarChart.Entry(c.category().localizedName(locale), c.count())).toList(),
                locale, rows -> Texts.get(locale, "dashboard.categories.summary", rows));
        byStatus = BarChart.of(figures.byStatus().entrySet().stream()
                        .map(s -> new BarChart.Entry(statusWord(s.getKey()), s.getValue())).toList(),
                locale, rows -> Texts.get(locale, "dashboard.statuses.summary", rows));
        mail = BarChart.of(List.of(
                        new BarChart.Entry(Texts.get(locale, "dashboard.mail.queued"), figures.mail().queued()),
                        new BarChart.Entry(Texts.get(locale, "dashboard.mail.sent"), figures.mail().sent()),
                        new BarChart.Entry(Texts.get(locale, "dashboard.mail.failed"), figures.mail().failed())),
                locale, rows -> Texts.get(locale, "dashboard.mail.summary", rows));
        checkins = progress(figures.checkins());
        slidesMissing = figures.slidesMissing().stream().map(ConferenceStatistics.MissingSlides::title).toList();
    }

    private Progress progress(DoorCheckins.Count count) {
        double share = count.expected() == 0 ? 0 : (double) count.checkedIn() / count.expected();
        return new Progress(count.checkedIn(), count.expected(), BarChart.number(share * BarChart.WIDTH),
                Texts.get(localeSelection.getLocale(), "dashboard.checkins.summary", count.checkedIn(), count.expected(),
                        Math.round(share * 100)));
    }

    private String statusWord(RegistrationStatus status) {
        return Texts.get(localeSelection.getLocale(), "registration.status." + status.name());
    }

    public String getRegistrationsSummary() {
        Locale locale = localeSelection.getLocale();
        String total = Texts.get(locale, "dashboard.registrations.summary", active);
        if (days.isEmpty()) {
            return total;
        }
        String range = Texts.get(locale, "dashboard.registrations.range", days.get(0).date(), days.get(days.size() - 1).date());
        String limit = capacity == null ? Texts.get(locale, "dashboard.registrations.noCapacity")
                : Texts.get(locale, "dashboard.registrations.capacity", capacity);
        return total + " " + range + " " + limit;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getConferenceTitle() { return conferenceTitle; }
    public boolean isCheckinDay() { return checkinDay; }
    public Integer getCapacity() { return capacity; }
    public long getActive() { return active; }
    public LineChart getRegistrations() { return registrations; }
    public List<DayRow> getDays() { return days; }
    public BarChart getByCategory() { return byCategory; }
    public BarChart getByStatus() { return byStatus; }
    public BarChart getMail() { return mail; }
    public Progress getCheckins() { return checkins; }
    public List<String> getSlidesMissing() { return slidesMissing; }
}
