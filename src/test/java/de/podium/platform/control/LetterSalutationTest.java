package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.podium.platform.entity.Salutation;

class LetterSalutationTest {

    @Test
    void certificatesNameThePersonWithTheirSalutation() {
        assertEquals("Herr Dr. Stefan Reuß", LetterSalutation.named(Locale.GERMAN, Salutation.MR, "Dr. Stefan Reuß"));
        assertEquals("Frau Anna Müller", LetterSalutation.named(Locale.GERMAN, Salutation.MS, "Anna Müller"));
        assertEquals("Ms Anna Müller", LetterSalutation.named(Locale.ENGLISH, Salutation.MS, "Anna Müller"));
        assertEquals("Alex Schmidt", LetterSalutation.named(Locale.ENGLISH, Salutation.NONE, "Alex Schmidt"));
        assertEquals("Alex Schmidt", LetterSalutation.named(Locale.GERMAN, null, "Alex Schmidt"));
    }

    @ParameterizedTest(name = "{0} {1} ''{2}'' {3} {4}, ''{5}'' → {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            de | MR   | -         | Stefan    | Reuß       | Landrat des Werra-Meißner-Kreises | Sehr geehrter Herr Landrat Reuß,
            de | MS   | Dr.       | Anna      | Müller     | Ministerin für Soziales           | Sehr geehrte Frau Ministerin Dr. Müller,
            de | MS   | Dr.       | Anna      | Müller     | Bundesministerin                  | Sehr geehrte Frau Bundesministerin Dr. Müller,
            de | MS   | -         | Heike     | Albers     | Landrätin                         | Sehr geehrte Frau Landrätin Albers,
            de | NONE | -         | Alex      | Schmidt    | -                                 | Guten Tag Alex Schmidt,
            de | NONE | Dr.       | Alex      | Schmidt    | Landrat                           | Guten Tag Dr. Alex Schmidt,
            de | MR   | -         | Reinhard  | Sager      | DLT-Präsident, Landrat des Kreises Ostholstein | Sehr geehrter Herr Präsident Sager,
            de | MR   | Dr.       | Thomas    | de Maizière | Bundesinnenminister              | Sehr geehrter Herr Bundesinnenminister Dr. de Maizière,
            de | MR   | -         | Klaus     | Meier      | Referent                          | Sehr geehrter Herr Meier,
            de | MR   | Prof. Dr. | Klaus     | Meier      | -                                 | Sehr geehrter Herr Prof. Dr. Meier,
            de | MS   | -         | Petra     | Lang       | Oberbürgermeisterin der Stadt Kassel | Sehr geehrte Frau Oberbürgermeisterin Lang,
            de | MR   | -         | Jan       | Ohm        | Staatssekretär                    | Sehr geehrter Herr Staatssekretär Ohm,
            de | MS   | -         | Zoë       | Ørsted     | -                                 | Sehr geehrte Frau Ørsted,
            de | -    | -         | Alex      | Schmidt    | Landrat                           | Guten Tag Alex Schmidt,
            en | MR   | -         | Stefan    | Reuß       | Landrat des Werra-Meißner-Kreises | Dear Mr Reuß,
            en | MS   | Dr.       | Anna      | Müller     | Bundesministerin                  | Dear Minister Müller,
            en | MS   | Dr.       | Anna      | Müller     | Ministerin für Soziales           | Dear Minister Müller,
            en | MS   | -         | Heike     | Albers     | Landrätin                         | Dear Ms Albers,
            en | NONE | -         | Alex      | Schmidt    | -                                 | Dear Alex Schmidt,
            en | NONE | -         | Alex      | Schmidt    | Bundesminister                    | Dear Minister Schmidt,
            en | MR   | -         | Reinhard  | Sager      | DLT-Präsident                     | Dear President Sager,
            en | MR   | Dr.       | Klaus     | Meier      | Referent                          | Dear Dr Meier,
            en | MS   | Prof. Dr. | Eva       | Kern       | -                                 | Dear Professor Kern,
            en | MS   | -         | Petra     | Lang       | Oberbürgermeisterin               | Dear Mayor Lang,
            en | MR   | -         | Jan       | Ohm        | Staatssekretär im Innenministerium | Dear State Secretary Ohm,
            en | -    | -         | Alex      | Schmidt    | -                                 | Dear Alex Schmidt,
            """)
    void opensTheLetterByProtocol(String language, Salutation salutation, String title, String first, String last,
                                  String office, String expected) {
        assertEquals(expected, LetterSalutation.line(Locale.forLanguageTag(language), salutation, title, first, last,
                office));
    }
}
