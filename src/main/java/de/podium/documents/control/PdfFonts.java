package de.podium.documents.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.ElementPropertyContainer;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;

/**
 * The fonts every document embeds: DejaVu Sans (Latin Extended, Cyrillic, Greek) with DejaVu Serif behind it.
 * iText's font selector splits a text by glyph, so a character missing in the first font comes from the second
 * instead of vanishing. Font programs are parsed once; each document gets its own subsets.
 */
public final class PdfFonts {

    public static final String FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");
    private static final byte[] FALLBACK = read("fonts/DejaVuSerif.ttf");
    private static final FontSet FONTS = fontSet();

    private final PdfDocument document;
    private PdfFont regular;
    private PdfFont bold;
    private FontProvider provider;

    public PdfFonts(PdfDocument document) {
        this.document = document;
    }

    /** One provider per document: it holds the document's font subsets, so each font is embedded once. */
    public FontProvider provider() {
        if (provider == null) {
            provider = new FontProvider(FONTS, FAMILY);
        }
        return provider;
    }

    /** Sets provider and family on a layout Document or Canvas. */
    public <T extends ElementPropertyContainer<T>> T apply(T container) {
        if (container instanceof com.itextpdf.layout.RootElement<?> root) {
            root.setFontProvider(provider());
        }
        return container.setFontFamily(FAMILY);
    }

    /** The regular face as a PdfFont of this document, for measuring words. */
    public PdfFont regular() {
        if (regular == null) {
            regular = font(REGULAR);
        }
        return regular;
    }

    public PdfFont bold() {
        if (bold == null) {
            bold = font(BOLD);
        }
        return bold;
    }

    private PdfFont font(byte[] program) {
        try {
            FontProgram fontProgram = FontProgramFactory.createFont(program);
            PdfFont font = PdfFontFactory.createFont(fontProgram, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FontSet fontSet() {
        FontSet set = new FontSet();
        set.addFont(REGULAR, PdfEncodings.IDENTITY_H);
        set.addFont(BOLD, PdfEncodings.IDENTITY_H);
        set.addFont(FALLBACK, PdfEncodings.IDENTITY_H);
        return set;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
