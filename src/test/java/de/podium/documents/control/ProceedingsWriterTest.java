package de.podium.documents.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

class ProceedingsWriterTest {

    @Test
    void everyPageAfterTheCoverShowsItsOwnNumber() throws Exception {
        // slide pages are numbered as they are drawn, talk pages when the next one is laid out: both kinds, mixed
        Path slides = Files.createDirectories(Path.of("target", "pw-work")).resolve("slides.pdf");
        Files.write(slides, SlideDecks.titled(3, p -> "Folie " + p));
        List<ProceedingsContent.TalkEntry> talks = new ArrayList<>();
        for (int t = 1; t <= 30; t++) {
            talks.add(new ProceedingsContent.TalkEntry(t, "Beitrag " + t, "16.12.2016, 10:00–10:30 Uhr, Saal", "Saal",
                    List.of("Landrat Stefan Reuß"), "Zusammenfassung " + t, t % 3 == 0 ? slides : null, "application/pdf", false));
        }
        ProceedingsContent content = new ProceedingsContent(Locale.GERMAN, "Konferenz", null, "16.12.2016", "Berlin",
                "DLT", "Programmversion 1", talks);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProceedingsWriter(content, n -> { }).write(out, Path.of("target", "pw-work"));
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            List<String> wrong = new ArrayList<>();
            for (int n = 2; n <= pdf.getNumberOfPages(); n++) {
                String text = PdfTextExtractor.getTextFromPage(pdf.getPage(n));
                if (!text.contains("Seite " + n)) {
                    wrong.add(n + ":" + text.replaceAll("(?s).*(Seite \\d+).*", "$1").replaceAll("\\s+", " "));
                }
            }
            assertTrue(wrong.isEmpty(), "pages without their number: " + wrong);
            assertTrue(PdfTextExtractor.getTextFromPage(pdf.getPage(2)).startsWith("Inhalt"));
            assertTrue(PdfTextExtractor.getTextFromPage(pdf.getPage(3)).startsWith("Inhalt") == false);
            assertTrue(PdfTextExtractor.getTextFromPage(pdf.getPage(pdf.getNumberOfPages())).contains("Folie 3"),
                    "the last talk's slides close the volume");
        }
    }
}
