package de.podium.documents.control;

import static de.podium.documents.control.BadgeLayout.mm;

import java.io.OutputStream;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.AffineTransform;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * Name cards (Tischaufsteller) for panel and VIP seats: A4 folded across the middle into a tent. The lower half
 * faces the audience; the upper half is printed upside down, so once folded both sides read upright.
 */
public final class NameCardWriter implements AutoCloseable {

    private static final PageSize SHEET = PageSize.A4;
    private static final float MARGIN = mm(15);

    private final PdfDocument pdf;
    private final PdfFonts fonts;
    private final String conference;
    private final String emptyNote;
    private int count;

    public NameCardWriter(OutputStream out, String conference, String documentTitle, String emptyNote) {
        this.pdf = new PdfDocument(new PdfWriter(out));
        this.pdf.getDocumentInfo().setTitle(documentTitle);
        this.fonts = new PdfFonts(pdf);
        this.conference = PdfText.clean(conference);
        this.emptyNote = emptyNote;
    }

    public void add(ProtocolName name) {
        PdfPage page = pdf.addNewPage(SHEET);
        PdfCanvas canvas = new PdfCanvas(page);
        float half = SHEET.getHeight() / 2;
        side(canvas, name);
        canvas.saveState();
        canvas.concatMatrix(AffineTransform.getRotateInstance(Math.PI, SHEET.getWidth() / 2, half));
        side(canvas, name);
        canvas.restoreState();
        canvas.saveState().setStrokeColor(new DeviceGray(0.7f)).setLineWidth(0.3f).setLineDash(3, 3)
                .moveTo(0, half).lineTo(SHEET.getWidth(), half).stroke().restoreState();
        page.flush();
        count++;
    }

    /** One face in the lower half; the name sits high, close to the fold, where it is seen over the table. */
    private void side(PdfCanvas canvas, ProtocolName name) {
        TextBox text = new TextBox(fonts, canvas);
        float width = SHEET.getWidth() - 2 * MARGIN;
        float half = SHEET.getHeight() / 2;
        text.drawName(name.headline(), name.nameStart(), new Rectangle(MARGIN, half - mm(75), width, mm(55)), 44, true,
                ColorConstants.BLACK, TextAlignment.CENTER);
        text.draw(name.officeLine(), new Rectangle(MARGIN, half - mm(105), width, mm(26)), 20, false,
                new DeviceGray(0.2f), TextAlignment.CENTER);
        text.draw(conference, new Rectangle(MARGIN, mm(12), width, mm(10)), 9, false, new DeviceGray(0.45f),
                TextAlignment.CENTER);
    }

    @Override
    public void close() {
        if (count == 0) {
            PdfPage page = pdf.addNewPage(SHEET);
            new TextBox(fonts, new PdfCanvas(page)).draw(emptyNote, SHEET.clone().applyMargins(MARGIN, MARGIN, MARGIN, MARGIN, false),
                    14, false, ColorConstants.BLACK, TextAlignment.LEFT);
        }
        pdf.close();
    }
}
