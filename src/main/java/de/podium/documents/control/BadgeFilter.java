package de.podium.documents.control;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import de.podium.platform.control.PodiumException;
import de.podium.registration.entity.RegistrationStatus;

/**
 * Whose badges to print: by default everyone who has a place (confirmed or checked in); narrowed by category,
 * status, "only those never printed", or one person for a reprint at the desk.
 */
public record BadgeFilter(String category, Set<RegistrationStatus> statuses, boolean onlyNew, Long registration) {

    public static BadgeFilter of(String category, String status, Boolean onlyNew, Long registration) {
        Set<RegistrationStatus> statuses;
        if (status == null || status.isBlank()) {
            statuses = EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.CHECKED_IN);
        } else {
            try {
                statuses = EnumSet.of(RegistrationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new PodiumException.Invalid("status", "error.documents.status", status);
            }
        }
        String cat = category == null || category.isBlank() ? null : category.strip();
        return new BadgeFilter(cat, statuses, Boolean.TRUE.equals(onlyNew), registration);
    }

    /** Text kept with a background run, so the job page can say what it printed. */
    public String describe() {
        return "category=" + (category == null ? "" : category) + ";statuses=" + statuses + ";onlyNew=" + onlyNew
                + (registration == null ? "" : ";registration=" + registration);
    }
}
