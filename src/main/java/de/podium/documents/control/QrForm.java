package de.podium.documents.control;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

/**
 * A QR code as a form XObject of one unit per module with a four-module margin, encoded by ZXing as the
 * registration mails' codes are (error correction M), each row's run of dark modules drawn as one rectangle:
 * iText's {@code BarcodeQRCode} drew a rectangle per module (a tenth of a badge's time, and of its page content).
 * Choosing the mask pattern is the rest of the code's cost, half of a badge's time, with either encoder.
 */
final class QrForm {

    /** Part of the form, as iText's codes had it; the badge adds the quiet zone ISO/IEC 18004 asks for around it. */
    private static final int MARGIN = 4;

    private QrForm() {
    }

    /** The code's form; its width and height are the number of modules, margin included. */
    static PdfFormXObject of(String code, PdfDocument pdf) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(code, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for a text this long", e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        PdfFormXObject form = new PdfFormXObject(new Rectangle(0, 0, width + 2 * MARGIN, height + 2 * MARGIN));
        PdfCanvas canvas = new PdfCanvas(form, pdf).setFillColor(ColorConstants.BLACK);
        byte[][] rows = matrix.getArray();
        for (int y = 0; y < height; y++) {
            byte[] row = rows[y];
            for (int x = 0; x < width; x++) {
                if (row[x] == 1) { // dark
                    int start = x;
                    while (x + 1 < width && row[x + 1] == 1) {
                        x++;
                    }
                    canvas.rectangle(MARGIN + start, MARGIN + height - y - 1, x - start + 1, 1);
                }
            }
        }
        canvas.fill().release();
        return form;
    }
}
