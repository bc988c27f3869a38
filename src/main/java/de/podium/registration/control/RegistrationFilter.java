package de.podium.registration.control;

import java.util.Locale;

import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/**
 * The organizer's list filter: status, category code, free text over name, office, organisation, e-mail, and an
 * answer: {@code QUESTION:OPTION} (a choice), {@code QUESTION:yes|no} (yes/no) or {@code QUESTION} (answered at all).
 */
public record RegistrationFilter(String status, String category, String q, String answer) {

    public RegistrationFilter(String status, String category, String q) {
        this(status, category, q, null);
    }

    boolean hasAnswer() {
        return answer != null && !answer.isBlank();
    }

    String answerQuestion() {
        return answer.strip().split(":", 2)[0].strip();
    }

    /** The option code or yes/no after the colon, or null for "answered at all". */
    String answerValue() {
        String[] parts = answer.strip().split(":", 2);
        return parts.length < 2 || parts[1].isBlank() ? null : parts[1].strip();
    }

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
