package de.podium.documents.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfUAConformance;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;

/**
 * Published documents (participant list, certificates, proceedings): PDF/A-2a and PDF/UA-1 at once. The
 * document is tagged (layout elements become structure elements), the catalog carries language, title shown
 * in the window and MarkInfo, and the XMP names both conformances. Content drawn directly on a canvas must be
 * wrapped by {@link TaggedCanvas}: either as an artifact or under a structure element.
 */
public final class PdfA {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    public static PublishedPdf open(OutputStream out, String title, String language, String author) {
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB));
        PdfWriter writer = new PdfWriter(out, new WriterProperties().addXmpMetadata()
                .addPdfUaXmpMetadata(PdfUAConformance.PDF_UA_1));
        PublishedPdf pdf = new PublishedPdf(writer, PdfAConformance.PDF_A_2A, intent);
        pdf.setTagged();
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(PdfText.clean(title));
        if (author != null) {
            info.setAuthor(PdfText.clean(author));
        }
        info.setCreator("Podium");
        pdf.getCatalog().setLang(new PdfString(language));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        return pdf;
    }
}
