package de.podium.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import de.podium.platform.control.Texts;

/** Every kind of mail reads entirely in its recipient's language, with no machine-readable timestamp in it. */
class MailLanguageTest {

    private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern GERMAN_WORDS = Pattern.compile("[äöüß]|\\b(Sie|Ihre?|und|der|die|das|wurde|Anmeldung)\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(you|your|the|and|has been|registration)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> MODEL = Map.ofEntries(
            Map.entry("name", "Alex Beispiel"), Map.entry("firstName", "Alex"), Map.entry("lastName", "Beispiel"),
            Map.entry("conference", "Podium 2027"), Map.entry("conferenceTitle", "Podium 2027"),
            Map.entry("category", "Gast"), Map.entry("code", "ABCD2345"), Map.entry("talk", "Masterplan"),
            Map.entry("version", "2"), Map.entry("changelog", "-"), Map.entry("deadline", "-"),
            Map.entry("expires", "-"), Map.entry("subject", "Podium"), Map.entry("body", "-"),
            Map.entry("organizerName", "Podium"), Map.entry("link", "https://podium.example/l"),
            Map.entry("agendaUrl", "https://podium.example/a"), Map.entry("baseUrl", "https://podium.example"),
            Map.entry("confirmUrl", "https://podium.example/c"), Map.entry("inviteUrl", "https://podium.example/i"),
            Map.entry("manageUrl", "https://podium.example/m"), Map.entry("unsubscribeUrl", "https://podium.example/u"));

    static List<String> kinds() {
        ResourceBundle german = ResourceBundle.getBundle("i18n.messages", Locale.GERMAN);
        List<String> kinds = Collections.list(german.getKeys()).stream()
                .filter(k -> k.startsWith("mail.") && k.endsWith(".subject"))
                .map(k -> k.substring("mail.".length(), k.length() - ".subject".length()))
                .sorted().toList();
        assertTrue(kinds.size() >= 12, "all mail kinds found: " + kinds);
        return kinds;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void germanMailHasNoEnglishAndNoTimestamp(String kind) {
        MailTemplates.Rendered mail = MailTemplates.render(kind, Texts.GERMAN, MODEL);
        String all = mail.subject() + "\n" + mail.text();
        assertFalse(all.contains("${"), all);
        assertFalse(ISO_TIMESTAMP.matcher(all).find(), all);
        assertFalse(ENGLISH_WORDS.matcher(all).find(), "English in the German mail " + kind + ":\n" + all);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void englishMailHasNoGermanAndNoTimestamp(String kind) {
        MailTemplates.Rendered mail = MailTemplates.render(kind, Texts.ENGLISH, MODEL);
        String all = mail.subject() + "\n" + mail.text();
        assertFalse(all.contains("${"), all);
        assertFalse(ISO_TIMESTAMP.matcher(all).find(), all);
        assertFalse(GERMAN_WORDS.matcher(all).find(), "German in the English mail " + kind + ":\n" + all);
        assertNotEquals(MailTemplates.render(kind, Texts.GERMAN, MODEL).text(), mail.text());
        assertTrue(mail.html().contains("lang=\"en\""), mail.html());
    }
}
