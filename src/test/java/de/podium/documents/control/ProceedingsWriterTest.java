package de.podium.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.podium.testsupport.PdfChecks;

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
                    List.of("Landrat Stefan Reuß"), "Zusammenfassung " + t, t % 3 == 0 ? slides : null, "application/pdf", 0, false));
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

    @Test
    void slideTextsReadAtUploadAreTheFiguresActualText() throws Exception {
        Remembering known = new Remembering(Map.of(7L, List.of("Gelesen beim Hochladen 1", "", "Gelesen beim Hochladen 3")));
        List<String> actual = actualTexts(write(7, known));
        assertEquals(List.of("Gelesen beim Hochladen 1", "", "Gelesen beim Hochladen 3"), actual, "no text read from the slides");
        assertTrue(known.remembered.isEmpty(), "nothing to keep: " + known.remembered);
    }

    @Test
    void slideTextsReadWhileWritingAreKeptForTheNextRun() throws Exception {
        Remembering known = new Remembering(Map.of());
        List<String> actual = actualTexts(write(7, known));
        assertEquals(List.of("Folie 1", "Folie 2", "Folie 3"), actual);
        assertEquals(Map.of(7L, List.of("Folie 1", "Folie 2", "Folie 3")), known.remembered);
    }

    @Test
    void textsOfAnotherPageCountAreReadAgainFromTheSlides() throws Exception {
        Remembering known = new Remembering(Map.of(7L, List.of("Alt 1", "Alt 2")));
        assertEquals(List.of("Folie 1", "Folie 2", "Folie 3"), actualTexts(write(7, known)));
    }

    @Test
    void aFailingLookupOrStoreLeavesTheSlidesIn() throws Exception {
        KnownSlideTexts broken = new KnownSlideTexts() {
            @Override
            public List<String> of(long slideId) {
                throw new IllegalStateException("database away");
            }

            @Override
            public void remember(long slideId, List<String> texts) {
                throw new IllegalStateException("database away");
            }
        };
        assertEquals(List.of("Folie 1", "Folie 2", "Folie 3"), actualTexts(write(7, broken)));
    }

    /** One talk with the three-page deck uploaded as {@code slideId}. */
    private static byte[] write(long slideId, KnownSlideTexts known) throws Exception {
        Path slides = Files.createDirectories(Path.of("target", "pw-known")).resolve("slides.pdf");
        Files.write(slides, SlideDecks.titled(3, p -> "Folie " + p));
        List<ProceedingsContent.TalkEntry> talks = List.of(new ProceedingsContent.TalkEntry(1, "Beitrag", "16.12.2016, 10:00–10:30 Uhr, Saal",
                "Saal", List.of("Landrat Stefan Reuß"), "Zusammenfassung", slides, "application/pdf", slideId, false));
        ProceedingsContent content = new ProceedingsContent(Locale.GERMAN, "Konferenz", null, "16.12.2016", "Berlin",
                "DLT", "Programmversion 1", talks);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProceedingsWriter(content, n -> { }, known).write(out, Path.of("target", "pw-known"));
        return out.toByteArray();
    }

    /** The actual text of every slide figure in order; empty for a figure without one. */
    private static List<String> actualTexts(byte[] proceedings) throws Exception {
        return PdfChecks.figures(proceedings).stream().filter(f -> f.alternative() != null && f.alternative().startsWith("Folie"))
                .map(f -> f.actualText() == null ? "" : f.actualText().trim()).toList();
    }

    private static final class Remembering implements KnownSlideTexts {
        private final Map<Long, List<String>> known;
        private final Map<Long, List<String>> remembered = new java.util.HashMap<>();

        Remembering(Map<Long, List<String>> known) {
            this.known = known;
        }

        @Override
        public List<String> of(long slideId) {
            return known.get(slideId);
        }

        @Override
        public void remember(long slideId, List<String> texts) {
            remembered.put(slideId, texts);
        }
    }
}
