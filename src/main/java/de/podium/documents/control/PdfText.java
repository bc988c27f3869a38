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
        // one pass instead of a regex: slide text of thousands of pages goes through here (a twentieth of the proceedings)
        String normalised = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        boolean blank = false;
        for (int i = 0; i < normalised.length(); ) {
            int c = normalised.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || flattened(c)) {
                blank = out.length() > 0;
            } else {
                if (blank) {
                    out.append(' ');
                    blank = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.length() > 0 && (Character.isWhitespace(out.charAt(0)) || Character.isWhitespace(out.charAt(out.length() - 1)))
                ? out.toString().strip() : out.toString();
    }

    private static boolean flattened(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
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
