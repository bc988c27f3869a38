package de.podium.documents.control;

import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.tagging.IAccessibleElement;

/** Structure roles for layout elements, so that tagged documents have headings, table headers and figures. */
public final class Tags {

    private static final String[] HEADINGS = {StandardRoles.H1, StandardRoles.H2, StandardRoles.H3};

    private Tags() {
    }

    /** The document language as PDF readers expect it: de-DE for German, the language tag otherwise. */
    public static String language(java.util.Locale locale) {
        return "de".equals(locale.getLanguage()) ? "de-DE" : locale.toLanguageTag();
    }

    public static Paragraph heading(Paragraph paragraph, int level) {
        paragraph.getAccessibilityProperties().setRole(HEADINGS[level - 1]);
        return paragraph;
    }

    /** A header cell (TH) that applies to its column. */
    public static Cell columnHeader(Cell cell) {
        cell.getAccessibilityProperties().setRole(StandardRoles.TH)
                .addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column"));
        return cell;
    }

    /** A section (Sect) grouping a heading and what belongs to it. */
    public static Div section(Div div) {
        div.getAccessibilityProperties().setRole(StandardRoles.SECT);
        return div;
    }

    /** Decoration (rules, frames, background images): not read out, not part of the structure. */
    public static <T extends IElement & IAccessibleElement> T artifact(T element) {
        element.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        return element;
    }

    /**
     * Writes out a finished page of a tagged document with what it holds of the structure: the structure elements
     * whose content is all on this page, and the page's entry of the parent tree (which maps its marked content to
     * those elements). iText builds parent tree entries only when the document closes, keeping every page's
     * marked-content bookkeeping until then (about 300 bytes a page: 1 MB in proceedings of 200 talks' slides).
     * Whatever is drawn on the page afterwards (the footer, at the end-of-page event) must be an artifact.
     */
    public static void flushPage(PdfPage page) {
        page.getDocument().getTagStructureContext().flushPageTags(page);
        page.getDocument().getStructTreeRoot().createParentTreeEntryForPage(page);
        page.flush(true);
    }
}
