package de.podium.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.TextAlignment;

class TextBoxTest {

    private static final String[] TEXTS = {"Dr. Jürgen Müller-Lüdenscheidt", "Landrat des Landkreises Görlitz",
            "Bundesministerium für Arbeit und Soziales", "Ölçüm Ağaoğlu", "Thomas de Maizière", "W", "ÄÖÜ Äpfel gÿ"};

    /** The shortcut that skips the trial layout must never say "fits" where the layout would not place the text. */
    @Test
    void whatFitsOneLineByMeasureIsPlacedWholeByTheLayout() {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(new ByteArrayOutputStream()))) {
            PdfFonts fonts = new PdfFonts(pdf);
            PdfCanvas page = new PdfCanvas(pdf.addNewPage(PageSize.A4));
            int checked = 0;
            for (boolean bold : new boolean[] {false, true}) {
                PdfFont font = bold ? fonts.bold() : fonts.regular();
                for (String text : TEXTS) {
                    for (float size = 4; size <= 40; size += 0.5f) {
                        // the tightest box the shortcut accepts
                        Rectangle box = new Rectangle(20, 20, font.getWidth(text, size) / 0.97f + 0.01f, size * 1.25f);
                        assertTrue(TextBox.fitsOneLine(font, text, box, size), text + " " + size);
                        try (Canvas canvas = fonts.apply(new Canvas(page, box))) {
                            var renderer = TextBox.paragraph(text, size, bold, null, TextAlignment.LEFT, (line, i) -> false)
                                    .createRendererSubTree().setParent(canvas.getRenderer());
                            LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(1, box.clone())));
                            assertEquals(LayoutResult.FULL, result.getStatus(), text + " at " + size + (bold ? " bold" : ""));
                        }
                        checked++;
                    }
                }
            }
            assertEquals(2 * TEXTS.length * 73, checked);
        }
    }

    @Test
    void aLineJustTooLowOrTooNarrowOrWithAnotherFontsGlyphsIsLeftToTheLayout() {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(new ByteArrayOutputStream()))) {
            PdfFont font = new PdfFonts(pdf).regular();
            float width = font.getWidth("Landrat", 12) / 0.97f + 0.01f;
            assertFalse(TextBox.fitsOneLine(font, "Landrat", new Rectangle(0, 0, width, 12 * 1.22f), 12));
            assertFalse(TextBox.fitsOneLine(font, "Landrat", new Rectangle(0, 0, width - 0.5f, 20), 12));
            assertFalse(TextBox.fitsOneLine(font, "株式会社", new Rectangle(0, 0, 500, 20), 12));
        }
    }
}
