import java.io.FileOutputStream;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * Baseline of the badge benchmark: a bare iText loop writing one A6 page per person with the same content
 * as a Podium badge (colour band, conference, title and name, office, organisation, category, QR code),
 * with the same embedded DejaVu fonts, without filters, database or fitting.
 * Usage: BareBadges COUNT OUT.pdf FONT_DIR; prints pages per second.
 */
public class BareBadges {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        long start = System.nanoTime();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(new FileOutputStream(args[1])))) {
            PdfFont regular = PdfFontFactory.createFont(args[2] + "/DejaVuSans.ttf", PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont bold = PdfFontFactory.createFont(args[2] + "/DejaVuSans-Bold.ttf", PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            for (int i = 0; i < count; i++) {
                PageSize a6 = PageSize.A6;
                PdfCanvas canvas = new PdfCanvas(pdf.addNewPage(a6));
                canvas.setFillColor(new DeviceRgb(0x1f, 0x4e, 0x79)).rectangle(0, a6.getHeight() - 28, a6.getWidth(), 28).fill();
                try (Canvas layout = new Canvas(canvas, new Rectangle(20, 90, a6.getWidth() - 40, a6.getHeight() - 130))) {
                    layout.add(new Paragraph("Integration von Flüchtlingen im ländlichen Raum").setFont(regular).setFontSize(9));
                    layout.add(new Paragraph("Dr. Jürgen Müller-" + i).setFont(bold).setFontSize(20));
                    layout.add(new Paragraph("Landrat des Landkreises " + i).setFont(regular).setFontSize(11));
                    layout.add(new Paragraph("Landkreis " + i).setFont(regular).setFontSize(10));
                    layout.add(new Paragraph("Landrat/Landrätin").setFont(regular).setFontSize(10).setTextAlignment(TextAlignment.RIGHT));
                }
                PdfFormXObject qr = new BarcodeQRCode("checkin-" + i + "-abcdefghijklmnopqrstuv").createFormXObject(pdf);
                canvas.addXObjectFittedIntoRectangle(qr, new Rectangle(a6.getWidth() - 90, 20, 70, 70));
                canvas.release();
                pdf.getPage(pdf.getNumberOfPages()).flush();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("{\"pages\":%d,\"seconds\":%.3f,\"pages_per_second\":%.1f}%n", count, seconds, count / seconds);
    }
}
