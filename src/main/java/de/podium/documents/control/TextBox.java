package de.podium.documents.control;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.splitting.ISplitCharacters;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * Text that must fit a fixed box: the size shrinks until the whole text fits and no single word is wider than
 * the box, so lines break only between words and nothing is cut or overflows.
 */
public final class TextBox {

    private static final float STEP = 0.5f;
    /** Far below legibility on purpose: an absurdly long word still comes whole rather than cut. */
    private static final float SMALLEST = 1f;
    /** Names like "Neumann-Öztürk" stay whole: lines break at spaces only. */
    private static final ISplitCharacters SPACES_ONLY = (line, index) -> {
        var glyph = line.get(index);
        return glyph.hasValidUnicode() && Character.isWhitespace(glyph.getUnicode());
    };

    private final PdfFonts fonts;
    private final PdfCanvas pdfCanvas;

    public TextBox(PdfFonts fonts, PdfCanvas pdfCanvas) {
        this.fonts = fonts;
        this.pdfCanvas = pdfCanvas;
    }

    /** Draws the text in the box at the largest size up to {@code max}; returns the size used (0 when empty). */
    public float draw(String text, Rectangle box, float max, boolean bold, Color colour, TextAlignment alignment) {
        String clean = PdfText.clean(text);
        if (clean.isEmpty()) {
            return 0;
        }
        try (Canvas canvas = fonts.apply(new Canvas(pdfCanvas, box))) {
            float size = max;
            while (size > SMALLEST && !fits(canvas, clean, box, size, bold)) {
                size -= STEP;
            }
            canvas.add(paragraph(clean, size, bold, colour, alignment));
            return size;
        }
    }

    private boolean fits(Canvas canvas, String text, Rectangle box, float size, boolean bold) {
        PdfFont measure = bold ? fonts.bold() : fonts.regular();
        for (String word : text.split("\\s+")) {
            // a little room: the layout engine's line width and ours differ by rounding
            if (measure.getWidth(word, size) > box.getWidth() * 0.97f) {
                return false;
            }
        }
        var renderer = paragraph(text, size, bold, null, TextAlignment.LEFT).createRendererSubTree()
                .setParent(canvas.getRenderer());
        LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(1, box.clone())));
        return result.getStatus() == LayoutResult.FULL;
    }

    private static Paragraph paragraph(String text, float size, boolean bold, Color colour, TextAlignment alignment) {
        Paragraph paragraph = new Paragraph(text).setFontSize(size).setMargin(0).setPadding(0)
                .setMultipliedLeading(1.1f).setTextAlignment(alignment).setSplitCharacters(SPACES_ONLY);
        if (bold) {
            paragraph.setProperty(Property.FONT_WEIGHT, "bold");
        }
        if (colour != null) {
            paragraph.setFontColor(colour);
        }
        return paragraph;
    }
}
