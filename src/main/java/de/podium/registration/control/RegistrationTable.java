package de.podium.registration.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.podium.event.entity.Question;
import de.podium.platform.control.Texts;
import de.podium.platform.entity.Salutation;
import de.podium.registration.entity.Answer;
import de.podium.registration.entity.Registration;

/**
 * The columns of the organizer's registration list and each row's values as a person reads them: status,
 * category and language as words of the organizer's language, yes/no for flags, times in the conference's
 * zone. Values stay typed (Long, String, LocalDateTime) so that each export writes them its own way.
 */
final class RegistrationTable {

    private static final List<String> COLUMNS = List.of("id", "status", "category", "salutation", "title",
            "firstName", "lastName", "office", "organisation", "email", "locale", "listInParticipants", "rank",
            "createdAt", "confirmedAt", "checkedInAt");

    private final Locale locale;
    private final List<Question> questions;
    private final Map<Long, List<Answer>> answers;

    /** One column per question after the person's columns, answers as words of the organizer's language. */
    RegistrationTable(Locale locale, List<Question> questions, Map<Long, List<Answer>> answers) {
        this.locale = locale;
        this.questions = questions;
        this.answers = answers;
    }

    List<String> header() {
        List<String> header = new ArrayList<>(COLUMNS.stream()
                .map(c -> Texts.get(locale, "registration.column." + c)).toList());
        questions.forEach(q -> header.add(q.localizedLabel(locale)));
        return header;
    }

    /** Values in column order; null for an empty cell. */
    List<Object> row(Registration r) {
        ZoneId zone = r.getConference().zone();
        List<Object> row = new ArrayList<>(Arrays.asList(r.getId(),
                Texts.get(locale, "registration.status." + r.getStatus().name()),
                r.getCategory().localizedName(locale), salutation(r), r.getName().getTitle(), r.getName().getFirstName(),
                r.getName().getLastName(), r.getOffice(), r.getOrganisation(), r.getEmail(), language(r.getLocale()),
                Texts.get(locale, r.isListInParticipants() ? "registration.export.yes" : "registration.export.no"),
                r.getRank(), local(r.getCreatedAt(), zone), local(r.getConfirmedAt(), zone),
                local(r.getCheckedInAt(), zone)));
        List<Answer> own = answers.getOrDefault(r.getId(), List.of());
        questions.forEach(q -> row.add(Answers.words(q, own, locale)));
        return row;
    }

    /** Herr or Frau; empty where the person gave none. */
    private String salutation(Registration r) {
        return r.getSalutation() == Salutation.NONE ? null : Texts.get(locale, "salutation." + r.getSalutation().name());
    }

    private String language(String tag) {
        return tag == null || tag.isBlank() ? null : Texts.get(locale, "language." + Texts.fromTag(tag).getLanguage());
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
