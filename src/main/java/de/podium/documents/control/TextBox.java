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

    /** Name particles that belong to the surname: "Thomas de / Maizière" must not be broken there. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "di", "del", "della", "der", "den",
            "des", "du", "la", "le", "van", "von", "vom", "und", "zu", "zum", "zur", "ten", "ter", "af", "al", "el", "bin", "ibn", "y");
    /** A name shrinks to this share of its size to stay on one line before it may wrap. */
    private static final float NAME_SHRINK_FLOOR = 0.6f;
    /** The height of one line as a multiple of the font size, with a little room (see {@link #fitsOneLine}). */
    private static final float LINE_HEIGHT = 1.25f;

    private final PdfFonts fonts;
    private final PdfCanvas pdfCanvas;

    public TextBox(PdfFonts fonts, PdfCanvas pdfCanvas) {
        this.fonts = fonts;
        this.pdfCanvas = pdfCanvas;
    }

    /** Draws the text in the box at the largest size up to {@code max}; returns the size used (0 when empty). */
    public float draw(String text, Rectangle box, float max, boolean bold, Color colour, TextAlignment alignment) {
        return draw(text, box, max, bold, colour, alignment, SPACES_ONLY);
    }

    /** A person's name, see {@link #drawName(String, int, Rectangle, float, boolean, Color, TextAlignment)}. */
    public float drawName(String name, Rectangle box, float max, boolean bold, Color colour, TextAlignment alignment) {
        return drawName(name, 0, box, max, bold, colour, alignment);
    }

    /**
     * A name, perhaps after an office ({@code nameStart} is where the name begins). It shrinks to stay on one line
     * (down to {@link #NAME_SHRINK_FLOOR} of {@code max}); if it must wrap, the break goes between office and name;
     * only a name too long for a line of its own wraps inside, and never right after a particle ("de Maizière").
     */
    public float drawName(String text, int nameStart, Rectangle box, float max, boolean bold, Color colour, TextAlignment alignment) {
        String clean = PdfText.clean(text);
        PdfFont measure = bold ? fonts.bold() : fonts.regular();
        for (float size = max; size >= max * NAME_SHRINK_FLOOR; size -= STEP) {
            if (fitsOneLine(measure, clean, box, size)) {
                return draw(clean, box, size, bold, colour, alignment, (line, index) -> false);
            }
        }
        String name = clean.substring(Math.min(nameStart, clean.length()));
        boolean nameFitsALine = measure.getWidth(name, max * NAME_SHRINK_FLOOR) <= box.getWidth() * 0.97f;
        ISplitCharacters splits = (line, index) -> SPACES_ONLY.isSplitCharacter(line, index)
                && (index < nameStart || !nameFitsALine && !afterParticle(line, index));
        return draw(clean, box, max, bold, colour, alignment, splits);
    }

    private static boolean afterParticle(com.itextpdf.io.font.otf.GlyphLine line, int space) {
        StringBuilder word = new StringBuilder();
        for (int i = space - 1; i >= line.getStart(); i--) {
            var glyph = line.get(i);
            if (!glyph.hasValidUnicode() || Character.isWhitespace(glyph.getUnicode())) {
                break;
            }
            word.insert(0, Character.toChars(glyph.getUnicode()));
        }
        return PARTICLES.contains(word.toString().toLowerCase(java.util.Locale.ROOT));
    }

    private float draw(String text, Rectangle box, float max, boolean bold, Color colour, TextAlignment alignment,
                       ISplitCharacters splits) {
        String clean = PdfText.clean(text);
        if (clean.isEmpty()) {
            return 0;
        }
        try (Canvas canvas = fonts.apply(new Canvas(pdfCanvas, box))) {
            float size = largestFitting(canvas, clean, box, max, bold, splits);
            canvas.add(paragraph(clean, size, bold, colour, alignment, splits));
            return size;
        }
    }

    /**
     * The largest of max, max - STEP, max - 2 STEP … that fits, else the first at or below SMALLEST. Text that fits
     * at one size fits at every smaller one, so the sizes are searched by halves: a name that wraps was laid out
     * at up to forty sizes one after the other (a quarter of a badge's time), now at about six.
     */
    private float largestFitting(Canvas canvas, String text, Rectangle box, float max, boolean bold, ISplitCharacters splits) {
        int last = Math.max(0, (int) Math.ceil((max - SMALLEST) / STEP)); // max - last * STEP is at or below SMALLEST
        if (last == 0 || fits(canvas, text, box, max, bold, splits)) {
            return max;
        }
        int tooLarge = 0;
        int fitting = last;
        while (fitting - tooLarge > 1) {
            int middle = (tooLarge + fitting) / 2;
            if (fits(canvas, text, box, max - middle * STEP, bold, splits)) {
                fitting = middle;
            } else {
                tooLarge = middle;
            }
        }
        return max - fitting * STEP;
    }

    private boolean fits(Canvas canvas, String text, Rectangle box, float size, boolean bold, ISplitCharacters splits) {
        PdfFont measure = bold ? fonts.bold() : fonts.regular();
        if (fitsOneLine(measure, text, box, size)) {
            return true; // most names, offices and organisations: no trial layout (a third of a badge's time)
        }
        for (String word : units(text, splits)) {
            // a little room: the layout engine's line width and ours differ by rounding
            if (measure.getWidth(word, size) > box.getWidth() * 0.97f) {
                return false;
            }
        }
        var renderer = paragraph(text, size, bold, null, TextAlignment.LEFT, splits).createRendererSubTree()
                .setParent(canvas.getRenderer());
        LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(1, box.clone())));
        return result.getStatus() == LayoutResult.FULL;
    }

    /**
     * The whole text on one line at this size, by measure: no wider than the box, and the box as high as the layout
     * makes a line (1.221 times the size with DejaVu and the paragraph's leading of 1.1; 1.25 leaves room). Only for
     * text the font has every glyph of: another font's glyphs measure differently.
     */
    static boolean fitsOneLine(PdfFont measure, String text, Rectangle box, float size) {
        return size * LINE_HEIGHT <= box.getHeight() && measure.getWidth(text, size) <= box.getWidth() * 0.97f
                && text.codePoints().allMatch(measure::containsGlyph);
    }

    private static boolean latinOnly(String text) {
        return text.codePoints().allMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case LATIN, COMMON, INHERITED -> true;
            default -> false;
        });
    }

    /** The pieces of the text between places where a line may break. */
    private static java.util.List<String> units(String text, ISplitCharacters splits) {
        com.itextpdf.io.font.otf.GlyphLine line = new com.itextpdf.io.font.otf.GlyphLine(text.codePoints()
                .mapToObj(c -> new com.itextpdf.io.font.otf.Glyph(0, 0, c)).collect(java.util.stream.Collectors.toList()));
        java.util.List<String> units = new java.util.ArrayList<>();
        StringBuilder unit = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
            if (splits.isSplitCharacter(line, i)) {
                units.add(unit.toString());
                unit.setLength(0);
            } else {
                unit.appendCodePoint(line.get(i).getUnicode());
            }
        }
        units.add(unit.toString());
        return units;
    }

    static Paragraph paragraph(String text, float size, boolean bold, Color colour, TextAlignment alignment,
                                       ISplitCharacters splits) {
        Paragraph paragraph = new Paragraph(text).setFontSize(size).setMargin(0).setPadding(0)
                .setMultipliedLeading(1.1f).setTextAlignment(alignment).setSplitCharacters(splits);
        if (bold) {
            paragraph.setProperty(Property.FONT_WEIGHT, "bold");
        }
        if (latinOnly(text)) {
            // iText shapes Latin text only with its pdfCalligraph add-on, which Podium does not use; without it, a
            // Latin script found in the text only makes iText read the font's OpenType feature tables again for
            // every line laid out (a tenth of a badge's time) to decide whether to log a hint
            paragraph.setProperty(Property.FONT_SCRIPT, Character.UnicodeScript.COMMON);
        }
        if (colour != null) {
            paragraph.setFontColor(colour);
        }
        return paragraph;
    }
}
