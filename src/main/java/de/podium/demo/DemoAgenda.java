package de.podium.demo;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import de.podium.agenda.control.AgendaPublishing;
import de.podium.agenda.entity.AgendaVersion;
import de.podium.event.control.ConferenceService;

/** The demo conference's programme as published version 1, once however many nodes start together. */
@ApplicationScoped
public class DemoAgenda {

    @Inject
    DemoDataLock lock;

    @Inject
    ConferenceService conferences;

    @Inject
    AgendaPublishing publishing;

    /** @return the version published now, empty if there is no demo conference or it has a published agenda */
    @Transactional
    public Optional<AgendaVersion> publishIfUnpublished() {
        lock.hold();
        return conferences.findBySlug(DemoConference.SLUG)
                .filter(conference -> publishing.latest(conference).isEmpty())
                .map(conference -> publishing.publishAs(conference, "organizer@podium.example", null));
    }
}
