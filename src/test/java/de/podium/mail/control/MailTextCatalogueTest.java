package de.podium.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import de.podium.platform.control.Texts;

/** The default texts an organizer starts from use only placeholders their kind offers, and each is described. */
class MailTextCatalogueTest {

    static List<String> kinds() {
        return MailTextCatalogue.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theDefaultsOfBothLanguagesUseOnlyTheKindsPlaceholders(String kind) {
        for (Locale locale : List.of(Texts.GERMAN, Texts.ENGLISH)) {
            MailTemplates.Editable standard = MailTemplates.defaultText(kind, locale);
            Set<String> used = new HashSet<>();
            Matcher matcher = MailTemplates.EDITABLE_PLACEHOLDER.matcher(standard.subject() + standard.body());
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
            used.removeAll(MailTextCatalogue.placeholders(kind));
            assertEquals(Set.of(), used, kind + " (" + locale + ") uses placeholders it does not offer");
            assertFalse(standard.body().contains("${"), standard.body());
        }
    }

    @Test
    void everyPlaceholderIsDescribedInWordsInBothLanguages() {
        for (MailTextCatalogue.Placeholder placeholder : MailTextCatalogue.all()) {
            for (Locale locale : List.of(Texts.GERMAN, Texts.ENGLISH)) {
                String description = Texts.get(locale, "mail.placeholder." + placeholder.name());
                assertFalse(description.startsWith("mail."), placeholder.name() + " has no description in " + locale);
            }
        }
    }

    @Test
    void theRegistrationDefaultsNameDateTimeVenueAndCalendar() {
        for (String kind : List.of("registration.confirm", "registration.confirmed", "registration.waitlisted",
                "registration.pendingApproval", "registration.promoted")) {
            String body = MailTemplates.defaultText(kind, Texts.GERMAN).body();
            for (String needed : List.of("{{date}}", "{{time}}", "{{venue}}", "{{calendarUrl}}")) {
                assertTrue(body.contains(needed), kind + " lacks " + needed);
            }
        }
    }

    @Test
    void valuesAreFilledOnceSoAValueLookingLikeAPlaceholderStays() {
        MailTemplates.Rendered mail = MailTemplates.render(new MailTemplates.Editable("{{name}}", "Hallo {{ name }}!"),
                Texts.GERMAN, Map.of("name", "{{conference}} <b>", "conference", "X"));
        assertEquals("{{conference}} <b>", mail.subject());
        assertTrue(mail.text().startsWith("Hallo {{conference}} <b>!"), mail.text());
        assertTrue(mail.html().contains("Hallo {{conference}} &lt;b&gt;!"), mail.html());
    }

    @Test
    void aConferenceOverOneDayShowsBeginningAndEndOverSeveralDaysTheFirstAndLastDay() {
        var start = java.time.LocalDateTime.of(2027, 5, 10, 9, 0);
        assertEquals("10.05.2027", ConferenceMailValues.date(start, start.withHour(17), Texts.GERMAN));
        assertEquals("09:00 Uhr – 17:00 Uhr", ConferenceMailValues.time(start, start.withHour(17), Texts.GERMAN));
        assertEquals("10 May 2027 – 11 May 2027", ConferenceMailValues.date(start, start.plusDays(1), Texts.ENGLISH));
        assertEquals("09:00", ConferenceMailValues.time(start, start.plusDays(1), Texts.ENGLISH));
    }
}
