package de.podium.documents.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.pdfa.PdfADocument;

/** PDF/A-2b documents: sRGB output intent from the JDK, title and language in the catalog and XMP. */
public final class PdfA {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    public static PdfADocument open(OutputStream out, String title, String language, String author) {
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB));
        PdfWriter writer = new PdfWriter(out, new WriterProperties().addXmpMetadata());
        PdfADocument pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2B, intent);
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
