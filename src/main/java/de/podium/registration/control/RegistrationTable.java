package de.podium.registration.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.podium.platform.control.Texts;
import de.podium.registration.entity.Registration;

/**
 * The columns of the organizer's registration list and each row's values as a person reads them: status,
 * category and language as words of the organizer's language, yes/no for flags, times in the conference's
 * zone. Values stay typed (Long, String, LocalDateTime) so that each export writes them its own way.
 */
final class RegistrationTable {

    private static final List<String> COLUMNS = List.of("id", "status", "category", "title", "firstName", "lastName",
            "office", "organisation", "email", "locale", "listInParticipants", "createdAt", "confirmedAt", "checkedInAt");

    private final Locale locale;

    RegistrationTable(Locale locale) {
        this.locale = locale;
    }

    List<String> header() {
        return COLUMNS.stream().map(c -> Texts.get(locale, "registration.column." + c)).toList();
    }

    /** Values in column order; null for an empty cell. */
    List<Object> row(Registration r) {
        ZoneId zone = r.getConference().zone();
        return Arrays.asList(r.getId(), Texts.get(locale, "registration.status." + r.getStatus().name()),
                r.getCategory().localizedName(locale), r.getName().getTitle(), r.getName().getFirstName(),
                r.getName().getLastName(), r.getOffice(), r.getOrganisation(), r.getEmail(), language(r.getLocale()),
                Texts.get(locale, r.isListInParticipants() ? "registration.export.yes" : "registration.export.no"),
                local(r.getCreatedAt(), zone), local(r.getConfirmedAt(), zone), local(r.getCheckedInAt(), zone));
    }

    private String language(String tag) {
        return tag == null || tag.isBlank() ? null : Texts.get(locale, "language." + Texts.fromTag(tag).getLanguage());
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
