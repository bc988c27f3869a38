package de.podium.documents.control;

import java.io.IOException;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.pdfa.PdfADocument;

/**
 * A PDF/A document ({@link PdfA#open}) that can write out what it copied from another PDF once the pages using it
 * are written.
 * <p>
 * iText's PDF/A layer writes an object out only after its checker has looked at it, and keeps the others in memory
 * until the document closes, when it writes them unchecked. The checker never looks at the fonts inside a copied
 * page (it checks the fonts the document writes with itself), so every talk's slide fonts stayed in memory until the
 * end of the proceedings: 17 KB a talk with the benchmark's slides, far more with real decks, which embed their
 * fonts. Once a talk's pages are written, and so checked, nothing would look at those objects again before they
 * are written unchecked at the close; {@link #flushCopiedObjectsOf} writes them then instead.
 */
public final class PublishedPdf extends PdfADocument {

    private boolean writingCopiedObjects;

    PublishedPdf(PdfWriter writer, PdfAConformance conformance, PdfOutputIntent intent) {
        super(writer, conformance, intent);
    }

    /** Writes out everything copied from the source; its pages in this document must all be written already. */
    void flushCopiedObjectsOf(PdfDocument source) {
        writingCopiedObjects = true;
        try {
            flushCopiedObjects(source);
        } finally {
            writingCopiedObjects = false;
        }
    }

    /**
     * iText finds a page's number by searching the page list from the front, and each finished page is looked up
     * twice (the footer, layout's page-margin handler): in proceedings of thousands of pages that search grew with
     * the square of the pages. Pages are finished in order, so the page asked for is nearly always the last one.
     */
    @Override
    public int getPageNumber(PdfPage page) {
        int last = getNumberOfPages();
        return last > 0 && getPage(last) == page ? last : super.getPageNumber(page);
    }

    @Override
    protected void flushObject(PdfObject object, boolean canBeInObjectStream) throws IOException {
        if (!writingCopiedObjects) {
            super.flushObject(object, canBeInObjectStream);
            return;
        }
        // what the document does with each object it writes while closing: no wait for the checker
        boolean closing = isClosing;
        isClosing = true;
        try {
            super.flushObject(object, canBeInObjectStream);
        } finally {
            isClosing = closing;
        }
    }
}
