package de.podium.documents.control;

import static de.podium.documents.control.BadgeLayout.mm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

/**
 * A talk's slides in the proceedings: each slide page on a page of its own in the slide's orientation, as a
 * form XObject in a thin frame, tagged as a Figure with alternative text and, where the slide has any, its text
 * as actual text. Each page is written out as soon as it is drawn.
 * <p>
 * The pages are drawn here rather than by the layout engine: layout keeps a tagging hint for every element
 * placed under the document's root until the document closes and walks all of them at each new page, so with
 * thousands of slide figures the time grew with the square of the number of slides.
 */
final class SlidePages {

    private static final DeviceGray FRAME = new DeviceGray(0.75f);

    private final PublishedPdf pdf;

    SlidePages(PublishedPdf pdf) {
        this.pdf = pdf;
    }

    /**
     * Appends every page of the source behind the last page of the document. The caller must have flushed its
     * layout document, so that the tags of what it laid out come before the slides' figures. The pages' texts may
     * be known from before (one per page; null or another count: they are read now). Returns the texts used.
     */
    List<String> add(PdfDocument source, IntFunction<String> alternative, List<String> knownTexts) throws IOException {
        int pages = source.getNumberOfPages();
        boolean known = knownTexts != null && knownTexts.size() == pages;
        SlideText reader = known ? null : new SlideText();
        List<String> texts = known ? knownTexts : new ArrayList<>(pages);
        for (int i = 1; i <= pages; i++) {
            PdfPage slide = source.getPage(i);
            Rectangle size = slide.getCropBox();
            PdfPage page = pdf.addNewPage(size.getWidth() > size.getHeight() ? PageSize.A4.rotate() : PageSize.A4);
            PdfFormXObject form = formOf(slide);
            Rectangle box = fitted(form, page.getPageSize());
            TagTreePointer figure = new TagTreePointer(pdf).setPageForTagging(page).addTag(StandardRoles.FIGURE);
            figure.getProperties().setAlternateDescription(PdfText.clean(alternative.apply(i)));
            String text;
            if (known) {
                text = texts.get(i - 1);
            } else {
                text = reader.of(slide);
                texts.add(text);
            }
            if (!text.isEmpty()) {
                figure.getProperties().setActualText(text);
            }
            PdfCanvas canvas = new PdfCanvas(page);
            canvas.openTag(figure.getTagReference());
            canvas.addXObjectFittedIntoRectangle(form, box);
            canvas.closeTag();
            TaggedCanvas.artifact(canvas, () -> canvas.saveState().setStrokeColor(FRAME).setLineWidth(0.5f)
                    .rectangle(box).stroke().restoreState());
            canvas.release();
            Tags.flushPage(page); // with the copied slide, a form used on this page only
        }
        // the document remembers every object it copied from the source (so that a second copy would share it) and
        // keeps those its PDF/A checker never looks at, the slides' fonts; nothing is copied from this source again
        pdf.flushCopiedObjectsOf(source);
        return texts;
    }

    /**
     * The slide page as a form XObject. iText's copy inflates the page's content and the writer deflated it again,
     * a compressor per slide page; a single Flate-compressed content stream (what presentation programs write)
     * keeps its compressed bytes instead, as a merger copies them. Other filters (PDF/A forbids LZW) and contents
     * split into several streams are still decoded and compressed anew.
     */
    private PdfFormXObject formOf(PdfPage slide) throws IOException {
        PdfFormXObject form = slide.copyAsFormXObject(pdf);
        PdfStream content = slide.getPdfObject().getAsStream(PdfName.Contents);
        if (content != null && PdfName.FlateDecode.equals(content.get(PdfName.Filter)) && !content.containsKey(PdfName.DecodeParms)) {
            PdfStream copy = form.getPdfObject();
            copy.setData(content.getBytes(false));
            copy.put(PdfName.Filter, PdfName.FlateDecode); // after setData, which drops the filter
        }
        return form;
    }

    /** Scaled to fit inside the page's margins (as the talk pages have them), centred, at the top. */
    private static Rectangle fitted(PdfFormXObject form, Rectangle page) {
        float width = page.getWidth() - mm(40);
        float height = page.getHeight() - mm(42);
        float scale = Math.min(width / form.getWidth(), height / form.getHeight());
        float w = form.getWidth() * scale;
        float h = form.getHeight() * scale;
        float top = page.getHeight() - mm(20);
        return new Rectangle(mm(20) + (width - w) / 2, top - h, w, h);
    }
}
