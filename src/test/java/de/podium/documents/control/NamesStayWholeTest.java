package de.podium.documents.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

/** The Federal Minister's table card: his name shrinks rather than breaking between "de" and "Maizière". */
class NamesStayWholeTest {

    @Test
    void aNameWithAParticleStaysOnOneLine() throws Exception {
        String text = nameCard(ProtocolName.of("Dr.", "Thomas", "de Maizière", "Bundesinnenminister"));
        assertTrue(text.contains("Bundesinnenminister") && text.contains("Dr. Thomas de Maizière"), text);
    }

    @Test
    void aNameTooLongForOneLineWrapsButNeverAfterAParticle() throws Exception {
        String text = nameCard(ProtocolName.of("Prof. Dr. Dr. h. c.", "Karl-Theodor Maria Nikolaus Johann Jacob Philipp Franz Joseph",
                "von und zu Guttenberg-Württemberg", "Bundesminister"));
        for (String particle : new String[] {"von", "und", "zu"}) {
            assertFalse(text.matches("(?s).*\\b" + particle + "\\s*\\n.*"), "line ends after '" + particle + "': " + text);
        }
        assertTrue(text.contains("Guttenberg-Württemberg"), text);
    }

    private static String nameCard(ProtocolName name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NameCardWriter writer = new NameCardWriter(out, "Integration vor Ort", "Namensschilder", "leer")) {
            writer.add(name);
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            return PdfTextExtractor.getTextFromPage(pdf.getPage(1));
        }
    }
}
