package de.podium.documents.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

class BadgeWriterTest {

    static final String LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänsangelegenheiten";

    @Test
    void aLongWordStaysWholeOnEveryLayout() throws Exception {
        for (BadgeLayout layout : BadgeLayout.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (BadgeWriter writer = new BadgeWriter(out, layout, "Konferenz", "Badges", "none")) {
                writer.add(new BadgeData("Prof. Dr.", "Karl-Theodor Maria Nikolaus", "von und zu Guttenberg-Wolkenstein-Rodenegg",
                        "Sonderbeauftragter für " + LONG_WORD, "Bundesministerium für Arbeit und Soziales",
                        "Verwaltung", "#4b3b7a", "code"));
            }
            try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
                String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
                assertTrue(text.contains(LONG_WORD), layout + ": " + text);
                assertTrue(text.contains("Guttenberg-Wolkenstein-Rodenegg"), layout + ": " + text);
            }
        }
    }
}
