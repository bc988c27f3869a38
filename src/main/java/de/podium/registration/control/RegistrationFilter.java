package de.podium.registration.control;

import java.util.Locale;

import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/** The organizer's list filter: status, category code and free text over name, office, organisation, e-mail. */
public record RegistrationFilter(String status, String category, String q) {

    RegistrationStatus status(Conference conference) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RegistrationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PodiumException.Invalid("status", "error.registration.status.unknown", status);
        }
    }

    boolean matchesText(Registration r) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.strip().toLowerCase(Locale.ROOT);
        return contains(r.getName().full(), needle) || contains(r.getOffice(), needle)
                || contains(r.getOrganisation(), needle) || contains(r.getEmail(), needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
