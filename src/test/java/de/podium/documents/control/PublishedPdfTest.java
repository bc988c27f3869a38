package de.podium.documents.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * A slide's embedded font, copied into a PDF/A document, is written out once the pages using it are: iText's own
 * flush keeps it until the document closes (its PDF/A checker never looks at fonts inside copied pages), which made
 * the proceedings hold every talk's slide fonts in memory.
 */
class PublishedPdfTest {

    @Test
    void aSlideFontIsWrittenOnceThePagesUsingItAre() throws Exception {
        assertTrue(copiedFontWrittenAfter(true));
    }

    @Test
    void iTextAloneKeepsItUntilTheClose() throws Exception {
        // if this starts to fail, iText writes such objects itself and PublishedPdf is no longer needed
        assertFalse(copiedFontWrittenAfter(false));
    }

    private static boolean copiedFontWrittenAfter(boolean published) throws Exception {
        PublishedPdf pdf = PdfA.open(new ByteArrayOutputStream(), "Tagungsband", "de-DE", null);
        boolean written;
        try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(slideWithEmbeddedFont())))) {
            PdfFormXObject slide = source.getPage(1).copyAsFormXObject(pdf);
            PdfDictionary fonts = slide.getResources().getResource(PdfName.Font);
            PdfDictionary font = fonts.getAsDictionary(fonts.keySet().iterator().next());
            PdfStream fontFile = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0)
                    .getAsDictionary(PdfName.FontDescriptor).getAsStream(PdfName.FontFile2);
            PdfPage page = pdf.addNewPage(PageSize.A4.rotate());
            PdfCanvas canvas = new PdfCanvas(page);
            TaggedCanvas.artifact(canvas, () -> canvas.addXObjectAt(slide, 0, 0));
            canvas.release();
            Tags.flushPage(page);
            if (published) {
                pdf.flushCopiedObjectsOf(source);
            } else {
                pdf.flushCopiedObjects(source);
            }
            written = fontFile.isFlushed();
        }
        pdf.close();
        return written;
    }

    private static byte[] slideWithEmbeddedFont() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream font = PublishedPdfTest.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf");
             Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4.rotate())) {
            doc.setFont(PdfFontFactory.createFont(font.readAllBytes(), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED));
            doc.add(new Paragraph("Folie 1 – Übersicht").setFontSize(40));
        }
        return out.toByteArray();
    }
}
