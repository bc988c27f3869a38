package de.podium.registration.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * At start, registrations made before check-in short codes existed get theirs. A failure here must not stop
 * Podium: those people are still checked in by QR code and found by name, and the next start tries again.
 */
@ApplicationScoped
public class ShortCodeBackfill {

    private static final Logger LOG = Logger.getLogger(ShortCodeBackfill.class.getName());

    @Inject
    DoorCheckins doors;

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            doors.giveShortCodes();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not give older registrations a check-in short code", e);
        }
    }
}
