package de.podium.registration.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.control.CheckinWindow;
import de.podium.registration.control.DoorCheckins;
import de.podium.registration.entity.Registration;

/** Check-in at the door, on a phone: the QR code read by the camera or the code typed in. */
@Named
@ViewScoped
public class CheckinPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DoorCheckins doors;

    @Inject
    ConferenceService conferences;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private String code;
    private boolean outsideWindow;
    private transient Registration checkedIn;
    private String query;
    private transient List<Registration> found;
    private transient Conference conference;

    public void load() throws IOException {
        jakarta.servlet.http.HttpServletResponse response = (jakarta.servlet.http.HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        try {
            conference = conferences.forOrganizer(slug);
        } catch (PodiumException.NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (PodiumException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void checkIn() {
        checkedIn = null;
        try {
            checkedIn = doors.checkIn(slug, code, outsideWindow);
            code = null;
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "checkin", Set.of("code"));
        }
    }

    /** Search by name, organisation or short code; a plain form, so it works without JavaScript too. */
    public void search() {
        found = doors.search(slug, query);
        if (found.isEmpty()) {
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "checkin.search.none", query == null ? "" : query));
        }
    }

    public void checkInFound(long registrationId) {
        checkedIn = null;
        try {
            checkedIn = doors.checkIn(slug, registrationId, outsideWindow);
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "checkin", Set.of());
        }
        refreshSearch();
    }

    public void undo(long registrationId) {
        checkedIn = null;
        try {
            Registration undone = doors.undo(slug, registrationId);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "checkin.undone", undone.getName().full()));
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "checkin", Set.of());
        }
        refreshSearch();
    }

    private void refreshSearch() {
        if (found != null && query != null) {
            found = doors.search(slug, query);
        }
    }

    public List<Registration> getFound() {
        return found;
    }

    public DoorCheckins.Count getCount() {
        return doors.count(slug);
    }

    public List<Registration> getVips() {
        return doors.vips(slug);
    }

    public String note(Registration registration) {
        return RegistrationJson.doorNote(registration, localeSelection.getLocale());
    }

    public String arrival(Registration registration) {
        return registration.getCheckedInAt() == null ? null
                : Texts.pattern(localeSelection.getLocale(), "format.time")
                .format(registration.getCheckedInAt().atZone(getConference().zone()));
    }

    public Conference getConference() {
        if (conference == null) {
            conference = conferences.forOrganizer(slug);
        }
        return conference;
    }

    /** The admission period in the page's words, e.g. "Einlass vom 15.12.2016 bis zum 16.12.2016." */
    public String getWindowText() {
        CheckinWindow window = CheckinWindow.of(getConference());
        return Texts.get(localeSelection.getLocale(), "checkin.window", window.firstDay(), window.lastDay());
    }

    public boolean isWindowOpen() {
        return CheckinWindow.of(getConference()).admits(Instant.now());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Registration getCheckedIn() { return checkedIn; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public boolean isOutsideWindow() { return outsideWindow; }
    public void setOutsideWindow(boolean outsideWindow) { this.outsideWindow = outsideWindow; }
}
