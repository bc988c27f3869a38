package de.podium.documents.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

import de.podium.platform.control.Texts;

/**
 * "Seite n" at the foot (an artifact in tagged documents) of each page as the page is finished. The number shown can differ from the position
 * at that moment (the proceedings move their table of contents to the front at the end), hence the mapping. The text on the left is the
 * same on every page: it is drawn once into a form XObject that every page shows, so that thousands of pages do not each encode and
 * (in PDF/A) check it again.
 */
public final class PageFooter extends AbstractPdfDocumentEventHandler {

    private final PdfFonts fonts;
    private final Locale locale;
    private final String left;
    private final IntUnaryOperator shownNumber;
    private final java.util.Set<PdfPage> numberedElsewhere = new java.util.HashSet<>();
    private final MessageFormat pageNumber;
    private PdfFormXObject leftText;

    public PageFooter(PdfFonts fonts, Locale locale, String left, IntUnaryOperator shownNumber) {
        this.fonts = fonts;
        this.locale = locale;
        this.left = PdfText.clean(left);
        this.shownNumber = shownNumber;
        this.pageNumber = new MessageFormat(Texts.get(locale, "documents.page"), locale);
    }

    public static PageFooter install(PdfDocument pdf, PdfFonts fonts, Locale locale, String left, IntUnaryOperator shownNumber) {
        PageFooter footer = new PageFooter(fonts, locale, left, shownNumber);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footer);
        return footer;
    }

    /** Pages whose footer is drawn by {@link #drawOn} because their position changes after they are made. */
    public void numberedElsewhere(PdfPage page) {
        numberedElsewhere.add(page);
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        if (numberedElsewhere.contains(page)) {
            return;
        }
        drawOn(event.getDocument(), page, shownNumber.applyAsInt(event.getDocument().getPageNumber(page)));
    }

    public void drawOn(PdfDocument pdf, PdfPage page, int shown) {
        if (shown <= 0) {
            return;
        }
        Rectangle size = page.getPageSize();
        float y = BadgeLayout.mm(10);
        // appended to the page's open content stream (content streams concatenate anyway): a separate stream per
        // page cost an object and a compressor each, thousands of them in proceedings
        PdfCanvas canvas = new PdfCanvas(page);
        // the number as the contents list it (no thousands separator), and without a NumberFormat per page
        String number = pageNumber.format(new Object[] {String.valueOf(shown)});
        float width = fonts.regular().getWidth(number, 8);
        PdfFormXObject left = leftText(pdf);
        TaggedCanvas.artifact(canvas, () -> {
            // by matrix, not addXObjectAt: that reads the form's box, and the form is written out with the first page
            canvas.addXObjectWithTransformationMatrix(left, 1, 0, 0, 1, BadgeLayout.mm(20), y);
            canvas.beginText().setFontAndSize(fonts.regular(), 8).moveText(size.getWidth() - BadgeLayout.mm(20) - width, y)
                    .showText(number).endText();
        });
        canvas.release();
    }

    /** The left text with its baseline at the form's origin. */
    private PdfFormXObject leftText(PdfDocument pdf) {
        if (leftText == null) {
            leftText = new PdfFormXObject(new Rectangle(0, -4, Math.max(1, fonts.regular().getWidth(left, 8)), 14));
            new PdfCanvas(leftText, pdf).beginText().setFontAndSize(fonts.regular(), 8).showText(left).endText().release();
        }
        return leftText;
    }
}
