package de.podium.documents.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.IntFunction;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

/** Slide PDFs as a speaker would upload them: landscape pages with an embedded font, drawn by the test. */
final class SlideDecks {

    /** Draws one slide page. */
    @FunctionalInterface
    interface Slide {
        void draw(PdfCanvas canvas, PdfFont font, int number) throws IOException;
    }

    private SlideDecks() {
    }

    /** Pages showing one title line each. */
    static byte[] titled(int pages, IntFunction<String> title) throws IOException {
        return deck(new WriterProperties(), pages, (canvas, font, p) ->
                canvas.beginText().setFontAndSize(font, 28).moveText(60, 400).showText(title.apply(p)).endText());
    }

    static byte[] deck(WriterProperties properties, int pages, Slide slide) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties))) {
            PdfFont font = PdfFontFactory.createFont(PdfFonts.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf")
                    .readAllBytes(), "Identity-H", PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            for (int p = 1; p <= pages; p++) {
                slide.draw(new PdfCanvas(pdf.addNewPage(PageSize.A4.rotate())), font, p);
            }
        }
        return out.toByteArray();
    }
}
