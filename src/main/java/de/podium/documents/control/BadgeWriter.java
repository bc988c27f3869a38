package de.podium.documents.control;

import static de.podium.documents.control.BadgeLayout.mm;

import java.io.OutputStream;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import com.itextpdf.layout.properties.TextAlignment;

import de.podium.event.entity.Colour;

/**
 * Writes badges page by page: a page is drawn with plain canvas operations and flushed as soon as it is full,
 * so a run of thousands of badges holds one page at a time (plus the font subsets) in memory.
 */
public final class BadgeWriter implements AutoCloseable {

    private static final float PADDING = mm(4);
    private static final float CROP_MARK = mm(5);
    private static final int QUIET_MODULES = 4;
    private static final float CROP_GAP = mm(1);

    private final PdfDocument pdf;
    private final PdfFonts fonts;
    private final BadgeLayout layout;
    private final String conference;
    private final String emptyNote;
    /** The organizer's accent colour for the conference line, or dark grey. */
    private final Color conferenceColour;
    /** The organizer's logo, one image shared by every badge of the document. */
    private final PdfImageXObject logo;
    private PdfPage page;
    private int slot;
    private int count;

    public BadgeWriter(OutputStream out, BadgeLayout layout, String conference, String documentTitle, String emptyNote) {
        this(out, layout, conference, documentTitle, emptyNote, null, null);
    }

    /** With the organizer's branding: {@code accent} "#rrggbb" or null, {@code logoFile} a PNG or JPEG or null. */
    public BadgeWriter(OutputStream out, BadgeLayout layout, String conference, String documentTitle, String emptyNote,
                       String accent, java.nio.file.Path logoFile) {
        this.pdf = new PdfDocument(new PdfWriter(out));
        this.pdf.getDocumentInfo().setTitle(documentTitle);
        this.fonts = new PdfFonts(pdf);
        this.layout = layout;
        this.conference = PdfText.clean(conference);
        this.emptyNote = emptyNote;
        this.conferenceColour = accent == null ? new DeviceGray(0.3f) : colour(accent);
        this.logo = logoImage(logoFile);
    }

    private static PdfImageXObject logoImage(java.nio.file.Path file) {
        if (file == null || !java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new PdfImageXObject(ImageDataFactory.create(file.toString()));
        } catch (java.io.IOException | com.itextpdf.io.exceptions.IOException e) {
            return null; // a badge without the logo is better than no badges
        }
    }

    /** The logo fitted into {@code area}, keeping its proportions, centred or at the left. */
    private void drawLogo(PdfCanvas canvas, Rectangle area, boolean centred) {
        if (logo == null) {
            return;
        }
        float scale = Math.min(area.getWidth() / logo.getWidth(), area.getHeight() / logo.getHeight());
        float width = logo.getWidth() * scale;
        float height = logo.getHeight() * scale;
        float x = centred ? area.getLeft() + (area.getWidth() - width) / 2 : area.getLeft();
        canvas.addXObjectFittedIntoRectangle(logo, new Rectangle(x, area.getBottom() + (area.getHeight() - height) / 2, width, height));
    }

    public void add(BadgeData badge) {
        if (page == null || slot == layout.perPage()) {
            finishPage();
            page = pdf.addNewPage(layout.page());
            slot = 0;
        }
        draw(badge, layout.cell(slot), new PdfCanvas(page));
        slot++;
        count++;
    }

    public int count() {
        return count;
    }

    private void finishPage() {
        if (page != null) {
            if (layout.perPage() > 1) {
                cropMarks(new PdfCanvas(page));
            }
            // with its resources: each badge's QR code is a form of its own, which flush() alone keeps in memory
            // until the document closes (fonts are not flushed here: iText subsets them at the end)
            page.flush(true);
        }
    }

    private void draw(BadgeData badge, Rectangle box, PdfCanvas canvas) {
        if (layout.landscapeCards()) {
            drawCard(badge, box, canvas);
        } else {
            drawPortrait(badge, box, canvas);
        }
    }

    private void drawPortrait(BadgeData b, Rectangle box, PdfCanvas canvas) {
        TextBox text = new TextBox(fonts, canvas);
        float x = box.getLeft() + PADDING;
        float width = box.getWidth() - 2 * PADDING;
        float top = box.getTop();
        float band = mm(16);
        Color colour = colour(b.colour());
        canvas.saveState().setFillColor(colour).rectangle(box.getLeft(), top - band, box.getWidth(), band).fill().restoreState();
        text.draw(b.category(), new Rectangle(x, top - band + mm(3), width, band - mm(5)), 15, true, onColour(colour), TextAlignment.CENTER);
        float y = top - band - mm(2);
        if (logo != null) {
            drawLogo(canvas, new Rectangle(x, y - mm(9), width, mm(9)), true);
            y -= mm(10);
        }
        text.draw(conference, new Rectangle(x, y - mm(10), width, mm(10)), 10, false, conferenceColour, TextAlignment.CENTER);
        y -= logo == null ? mm(13) : mm(11);
        text.draw(b.title(), new Rectangle(x, y - mm(7), width, mm(7)), 13, false, ColorConstants.BLACK, TextAlignment.CENTER);
        y -= mm(7);
        text.drawName(b.fullName(), new Rectangle(x, y - mm(26), width, mm(26)), 26, true, ColorConstants.BLACK, TextAlignment.CENTER);
        y -= mm(28);
        text.draw(b.office(), new Rectangle(x, y - mm(14), width, mm(14)), 12, false, ColorConstants.BLACK, TextAlignment.CENTER);
        y -= mm(15);
        text.draw(b.organisation(), new Rectangle(x, y - mm(11), width, mm(11)), 11, false, new DeviceGray(0.25f), TextAlignment.CENTER);
        y -= mm(12);
        float codeLine = b.shortCode() == null ? 0 : mm(5);
        float qrSize = Math.min(y - box.getBottom() - PADDING - codeLine, mm(38));
        qr(canvas, b.checkinCode(), new Rectangle(box.getLeft() + (box.getWidth() - qrSize) / 2, box.getBottom() + PADDING + codeLine, qrSize, qrSize));
        shortCode(text, b, new Rectangle(x, box.getBottom() + PADDING, width, codeLine), 10, TextAlignment.CENTER);
    }

    private void drawCard(BadgeData b, Rectangle box, PdfCanvas canvas) {
        TextBox text = new TextBox(fonts, canvas);
        float band = mm(8);
        Color colour = colour(b.colour());
        float top = box.getTop();
        canvas.saveState().setFillColor(colour).rectangle(box.getLeft(), top - band, box.getWidth(), band).fill().restoreState();
        float x = box.getLeft() + PADDING;
        float codeLine = b.shortCode() == null ? 0 : mm(3.5f);
        float qrSize = box.getHeight() - band - 2 * mm(3) - codeLine;
        float width = box.getWidth() - 2 * PADDING - qrSize - mm(2);
        text.draw(b.category() + " · " + conference, new Rectangle(x, top - band + mm(1.5), box.getWidth() - 2 * PADDING, band - mm(2.5)),
                9, true, onColour(colour), TextAlignment.LEFT);
        float y = top - band - mm(2);
        text.draw(b.title(), new Rectangle(x, y - mm(5), width, mm(5)), 9, false, ColorConstants.BLACK, TextAlignment.LEFT);
        y -= mm(5);
        text.drawName(b.fullName(), new Rectangle(x, y - mm(14), width, mm(14)), 16, true, ColorConstants.BLACK, TextAlignment.LEFT);
        y -= mm(15);
        text.draw(b.office(), new Rectangle(x, y - mm(9), width, mm(9)), 8, false, ColorConstants.BLACK, TextAlignment.LEFT);
        y -= mm(9.5);
        text.draw(b.organisation(), new Rectangle(x, box.getBottom() + mm(2), width, y - box.getBottom() - mm(2)), 8, false,
                new DeviceGray(0.25f), TextAlignment.LEFT);
        qr(canvas, b.checkinCode(), new Rectangle(box.getRight() - PADDING - qrSize, box.getBottom() + mm(3) + codeLine, qrSize, qrSize));
        shortCode(text, b, new Rectangle(box.getRight() - PADDING - qrSize, box.getBottom() + mm(2), qrSize, codeLine), 7,
                TextAlignment.CENTER);
    }

    /** The code to type when the QR code cannot be read, under it (no 0/O/1/I, so it is read right). */
    private static void shortCode(TextBox text, BadgeData b, Rectangle area, float size, TextAlignment alignment) {
        if (b.shortCode() != null) {
            text.draw(b.shortCode(), area, size, true, ColorConstants.BLACK, alignment);
        }
    }

    private void qr(PdfCanvas canvas, String code, Rectangle area) {
        PdfFormXObject form = QrForm.of(code, pdf);
        // the area includes the four-module quiet zone ISO/IEC 18004 asks for: text or the badge's edge nearer
        // than that makes scanners miss the finder patterns now and then
        float modules = form.getWidth();
        float quiet = area.getWidth() * QUIET_MODULES / (modules + 2 * QUIET_MODULES);
        canvas.addXObjectFittedIntoRectangle(form, new Rectangle(area.getLeft() + quiet, area.getBottom() + quiet,
                area.getWidth() - 2 * quiet, area.getHeight() - 2 * quiet));
    }

    /** Short hairlines on the cut lines, outside the grid, where the guillotine goes. */
    private void cropMarks(PdfCanvas canvas) {
        Rectangle grid = layout.grid();
        Rectangle sheet = layout.page();
        canvas.saveState().setLineWidth(0.3f).setStrokeColor(ColorConstants.BLACK);
        for (int c = 0; c <= layout.columns(); c++) {
            float x = grid.getLeft() + c * layout.width();
            tick(canvas, x, grid.getTop(), x, Math.min(sheet.getTop(), grid.getTop() + CROP_GAP + CROP_MARK), true);
            tick(canvas, x, grid.getBottom(), x, Math.max(sheet.getBottom(), grid.getBottom() - CROP_GAP - CROP_MARK), true);
        }
        for (int r = 0; r <= layout.rows(); r++) {
            float y = grid.getBottom() + r * layout.height();
            tick(canvas, grid.getLeft(), y, Math.max(sheet.getLeft(), grid.getLeft() - CROP_GAP - CROP_MARK), y, false);
            tick(canvas, grid.getRight(), y, Math.min(sheet.getRight(), grid.getRight() + CROP_GAP + CROP_MARK), y, false);
        }
        canvas.restoreState();
    }

    /** From the grid edge outwards; when the sheet has no margin there, the mark runs along the cut inside. */
    private static void tick(PdfCanvas canvas, float x1, float y1, float x2, float y2, boolean vertical) {
        float room = vertical ? Math.abs(y2 - y1) : Math.abs(x2 - x1);
        if (room >= CROP_GAP + mm(2)) {
            float sx = vertical ? x1 : x1 + Math.signum(x2 - x1) * CROP_GAP;
            float sy = vertical ? y1 + Math.signum(y2 - y1) * CROP_GAP : y1;
            canvas.moveTo(sx, sy).lineTo(x2, y2).stroke();
        } else if (vertical) {
            float inward = y2 >= y1 ? -CROP_MARK : CROP_MARK;
            canvas.moveTo(x1, y1).lineTo(x1, y1 + inward).stroke();
        } else {
            float inward = x2 >= x1 ? -CROP_MARK : CROP_MARK;
            canvas.moveTo(x1, y1).lineTo(x1 + inward, y1).stroke();
        }
    }

    static Color colour(String hex) {
        if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
            int rgb = Integer.parseInt(hex.substring(1), 16);
            return new DeviceRgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        }
        return new DeviceRgb(0x1f, 0x4e, 0x79);
    }

    /** White or black on the category band, whichever has the higher WCAG contrast (always at least 4.5:1). */
    static Color onColour(Color band) {
        float[] c = band.getColorValue();
        Colour colour = new Colour(Math.round(c[0] * 255),
                Math.round(c[1] * 255), Math.round(c[2] * 255));
        return colour.readableText().equals(Colour.WHITE) ? ColorConstants.WHITE : ColorConstants.BLACK;
    }

    @Override
    public void close() {
        if (page == null) {
            page = pdf.addNewPage(layout.page());
            Rectangle area = page.getPageSize().clone().applyMargins(mm(15), mm(15), mm(15), mm(15), false);
            new TextBox(fonts, new PdfCanvas(page)).draw(emptyNote, area, 14, false, ColorConstants.BLACK, TextAlignment.LEFT);
        }
        finishPage();
        pdf.close();
    }
}
