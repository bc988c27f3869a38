package de.podium.platform.control;

import java.util.List;
import java.util.Locale;

import de.podium.platform.entity.Salutation;

/**
 * The opening line of a letter or mail by protocol (DOMAIN.md, Protocol): salutation, then the office's form of
 * address, then the academic title and the surname — "Sehr geehrte Frau Ministerin Dr. Müller,". English letters
 * use the office only where English has a form of address for it ("Dear Minister Müller,"), otherwise Mr/Ms.
 * The one place that builds such a line: mails, name cards, certificates and lists use it.
 */
public final class LetterSalutation {

    /**
     * Bundle keys {@code salutation.office.KEY}: the German value is the office word recognised in what a person
     * typed as office (also at the end of a compound, "Bundesministerin", or after a hyphen, "DLT-Präsident"); the
     * English value is its English form of address, empty where English says Mr/Ms. Longer words first, so that
     * "Ministerin" is not taken for "Minister".
     */
    static final List<String> OFFICES = List.of("landraetin", "landrat", "ministerin", "minister", "praesidentin",
            "praesident", "buergermeisterin", "buergermeister", "staatssekretaerin", "staatssekretaer", "senatorin",
            "senator", "kanzlerin", "kanzler");

    private LetterSalutation() {
    }

    /** Without a surname (an invitation may name nobody) the line greets without a name. */
    public static String line(Locale locale, Salutation salutation, String title, String firstName, String lastName,
                              String office) {
        Locale language = Texts.supported(locale);
        if (lastName == null || lastName.isBlank()) {
            return Texts.get(language, "salutation.letter.unnamed");
        }
        Salutation how = salutation == null ? Salutation.NONE : salutation;
        String officeKey = officeKey(office);
        if (Texts.ENGLISH.equals(language)) {
            return english(how, title, firstName, lastName, officeKey);
        }
        if (how == Salutation.NONE) {
            return Texts.get(language, "salutation.letter.NONE", join(title, firstName, lastName));
        }
        String officeWord = officeKey == null ? null : officeWord(office, officeKey);
        return Texts.get(language, "salutation.letter." + how, join(officeWord, title, lastName));
    }

    /**
     * The person named in running text, e.g. on a certificate: "Herr Dr. Stefan Reuß", "Ms Anna Müller", or the name
     * alone without a salutation.
     */
    public static String named(Locale locale, Salutation salutation, String fullName) {
        Salutation how = salutation == null ? Salutation.NONE : salutation;
        return Texts.get(Texts.supported(locale), "salutation.named." + how, fullName);
    }

    private static String english(Salutation how, String title, String firstName, String lastName, String officeKey) {
        String form = officeKey == null ? "" : Texts.get(Texts.ENGLISH, "salutation.office." + officeKey);
        if (!form.isEmpty()) {
            return Texts.get(Texts.ENGLISH, "salutation.letter.addressed", join(form, lastName));
        }
        String academic = englishTitle(title);
        if (academic != null) {
            return Texts.get(Texts.ENGLISH, "salutation.letter.addressed", join(academic, lastName));
        }
        if (how == Salutation.NONE) {
            return Texts.get(Texts.ENGLISH, "salutation.letter.NONE", join(title, firstName, lastName));
        }
        return Texts.get(Texts.ENGLISH, "salutation.letter." + how, lastName.strip());
    }

    private static String englishTitle(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        if (lower.contains("prof")) {
            return Texts.get(Texts.ENGLISH, "salutation.title.professor");
        }
        if (lower.contains("dr")) {
            return Texts.get(Texts.ENGLISH, "salutation.title.doctor");
        }
        return null;
    }

    /** The first word of the office that is a known office, as its bundle key; {@code null} when none is. */
    static String officeKey(String office) {
        if (office == null) {
            return null;
        }
        for (String word : office.split("[\\s,;/()]+")) {
            String lower = lastPart(word).toLowerCase(Locale.GERMAN);
            for (String key : OFFICES) {
                if (!lower.isEmpty() && lower.endsWith(germanWord(key).toLowerCase(Locale.GERMAN))) {
                    return key;
                }
            }
        }
        return null;
    }

    /** The office word as the person wrote it ("Bundesministerin", "Präsident" of "DLT-Präsident"). */
    private static String officeWord(String office, String key) {
        String wanted = germanWord(key).toLowerCase(Locale.GERMAN);
        for (String word : office.split("[\\s,;/()]+")) {
            String part = lastPart(word);
            if (part.toLowerCase(Locale.GERMAN).endsWith(wanted)) {
                return part;
            }
        }
        return null;
    }

    private static String germanWord(String key) {
        return Texts.get(Texts.GERMAN, "salutation.office." + key);
    }

    private static String lastPart(String word) {
        String stripped = word.replaceAll("[.:!?]+$", "");
        int hyphen = stripped.lastIndexOf('-');
        return hyphen < 0 ? stripped : stripped.substring(hyphen + 1);
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return out.toString();
    }
}
