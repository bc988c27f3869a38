package de.podium.documents.control;

import java.text.Normalizer;

/**
 * Text from the database as it goes into a PDF: NFC so that combining accents become the glyphs the fonts
 * hold, control characters and line breaks flattened to spaces, runs of blanks collapsed.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** Like {@link #clean} but keeps paragraph breaks, for abstracts. */
    public static String cleanParagraphs(String text) {
        if (text == null) {
            return "";
        }
        String[] parts = text.replace("\r\n", "\n").split("\n\\s*\n");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String cleaned = clean(part);
            if (!cleaned.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(cleaned);
            }
        }
        return out.toString();
    }
}
