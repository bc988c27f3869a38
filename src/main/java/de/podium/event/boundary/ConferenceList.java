package de.podium.event.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;

/** The start page: all conferences. */
@Named
@RequestScoped
public class ConferenceList {

    @Inject
    ConferenceService conferenceService;

    private List<Conference> conferences;

    public List<Conference> getConferences() {
        if (conferences == null) {
            conferences = conferenceService.all();
        }
        return conferences;
    }
}
