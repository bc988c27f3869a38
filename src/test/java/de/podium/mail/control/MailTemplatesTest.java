package de.podium.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void placeholdersAreFilledAndUnknownOnesLeftEmpty() {
        assertEquals("Hallo Anna, bis ", MailTemplates.fill("Hallo ${firstName}, bis ${nothing}", Map.of("firstName", "Anna")));
    }

    @Test
    void valuesAreNotInterpretedAsRegexReplacements() {
        assertEquals("Preis: $1 \\o/", MailTemplates.fill("Preis: ${price}", Map.of("price", "$1 \\o/")));
    }

    @Test
    void lineBreaksCannotStartNewHeaders() {
        String subject = MailTemplates.oneLine("Anmeldung\r\nBcc: everyone@example.org");
        assertFalse(subject.contains("\n") || subject.contains("\r"));
        assertEquals("Anmeldung Bcc: everyone@example.org", subject);
    }

    @Test
    void htmlIsEscapedAndLinksAreClickable() {
        String html = MailTemplates.html("Betreff", "Name: <script>alert(1)</script>\n\nhttps://podium.example/x?a=1&b=2",
                java.util.Locale.GERMAN);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("<a href=\"https://podium.example/x?a=1&amp;b=2\">"), html);
        assertTrue(html.contains("lang=\"de\""));
    }
}
