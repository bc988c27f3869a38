package de.podium.documents.control;

import static de.podium.documents.control.BadgeLayout.mm;

import java.io.OutputStream;
import java.util.Locale;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.pdfa.PdfADocument;

import de.podium.platform.control.Texts;

/** The certificate of attendance: one A4 page, PDF/A-2a and PDF/UA-1, in the attendee's language. */
public final class CertificateWriter {

    /** Everything the certificate states, already formatted for its language. */
    public record Certificate(Locale locale, String name, String office, String organisation, String conference,
                              String dates, String place, String checkedIn, String organizer, String issued) {
    }

    private CertificateWriter() {
    }

    public static void write(Certificate c, OutputStream out) {
        Locale l = c.locale();
        String title = Texts.get(l, "documents.certificate.title");
        PdfADocument pdf = PdfA.open(out, title + " – " + c.name(), Tags.language(l), c.organizer());
        PdfFonts fonts = new PdfFonts(pdf);
        try (Document doc = fonts.apply(new Document(pdf, PageSize.A4, false))) {
            doc.setMargins(mm(30), mm(25), mm(25), mm(25));
            doc.add(Tags.heading(centred(title, 28, true).setMarginBottom(mm(15)), 1));
            doc.add(centred(Texts.get(l, "documents.certificate.intro"), 13, false));
            doc.add(centred(c.name(), 22, true).setMarginTop(mm(6)));
            doc.add(centred(join(c.office(), c.organisation()), 12, false).setMarginBottom(mm(8)));
            doc.add(centred(Texts.get(l, "documents.certificate.attended"), 13, false));
            doc.add(centred(c.conference(), 18, true).setMarginTop(mm(4)).setMarginBottom(mm(4)));
            doc.add(centred(Texts.get(l, "documents.certificate.dates", c.dates()), 13, false));
            doc.add(centred(Texts.get(l, "documents.certificate.place", c.place()), 11, false).setMarginTop(mm(4)));
            doc.add(centred(Texts.get(l, "documents.certificate.checkedIn", c.checkedIn()), 11, false)
                    .setFontColor(new DeviceGray(0.3f)).setMarginTop(mm(12)));
            doc.add(centred(Texts.get(l, "documents.certificate.issued", c.organizer(), c.issued()), 11, false)
                    .setFontColor(new DeviceGray(0.3f)).setFixedPosition(mm(25), mm(30), PageSize.A4.getWidth() - mm(50)));
            PdfCanvas frame = new PdfCanvas(pdf.getFirstPage());
            TaggedCanvas.artifact(frame, () -> frame.setStrokeColor(new DeviceRgb(0x1f, 0x4e, 0x79)).setLineWidth(2)
                    .rectangle(mm(12), mm(12), PageSize.A4.getWidth() - mm(24), PageSize.A4.getHeight() - mm(24)).stroke());
        }
    }

    private static String join(String a, String b) {
        String first = PdfText.clean(a);
        String second = PdfText.clean(b);
        return first.isEmpty() ? second : second.isEmpty() ? first : first + ", " + second;
    }

    private static Paragraph centred(String text, float size, boolean bold) {
        Paragraph p = new Paragraph(PdfText.clean(text)).setFontSize(size).setTextAlignment(TextAlignment.CENTER);
        if (bold) {
            p.setProperty(Property.FONT_WEIGHT, "bold");
        }
        return p;
    }
}
