package de.podium.event.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;

/** The organizer start page: the conferences the signed-in organizer may manage. */
@Named
@RequestScoped
public class OrganizerHome {

    @Inject
    ConferenceService conferenceService;

    private List<Conference> conferences;

    public List<Conference> getConferences() {
        if (conferences == null) {
            conferences = conferenceService.organisedByCurrentUser();
        }
        return conferences;
    }
}
