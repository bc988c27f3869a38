package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Looks into PDFs the way a reader would: pages, text, where text sits, QR codes, PDF/A conformance. */
public final class PdfChecks {

    private PdfChecks() {
    }

    public record Glyphs(String text, Rectangle box) {
    }

    public static PdfDocument open(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PdfDocument doc = open(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    public static String text(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder();
        try (PdfDocument doc = open(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return all.toString();
    }

    public static String pageText(byte[] pdf, int page) throws IOException {
        try (PdfDocument doc = open(pdf)) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(page));
        }
    }

    /** Every text chunk of a page with the box from its descent to its ascent line. */
    public static List<Glyphs> positions(byte[] pdf, int page) throws IOException {
        List<Glyphs> found = new ArrayList<>();
        try (PdfDocument doc = open(pdf)) {
            IEventListener listener = new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    TextRenderInfo info = (TextRenderInfo) data;
                    String text = info.getText();
                    if (text == null || text.isBlank()) {
                        return;
                    }
                    Rectangle ascent = info.getAscentLine().getBoundingRectangle();
                    Rectangle descent = info.getDescentLine().getBoundingRectangle();
                    float left = Math.min(ascent.getLeft(), descent.getLeft());
                    float right = Math.max(ascent.getRight(), descent.getRight());
                    float bottom = Math.min(ascent.getBottom(), descent.getBottom());
                    float top = Math.max(ascent.getTop(), descent.getTop());
                    found.add(new Glyphs(text, new Rectangle(left, bottom, right - left, top - bottom)));
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                    return EnumSet.of(EventType.RENDER_TEXT);
                }
            };
            new PdfCanvasProcessor(listener).processPageContent(doc.getPage(page));
        }
        return found;
    }

    public static BufferedImage render(byte[] pdf, int pageIndex, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi);
        }
    }

    public static void png(byte[] pdf, int pageIndex, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        ImageIO.write(render(pdf, pageIndex, 100), "png", target.toFile());
    }

    /**
     * Reads the QR code on a page the way a door scanner does, from more than one frame: zxing's detector misses
     * about one in a hundred random codes at one given scale (measured: 2 of 150 badges at 200 dpi, each of them
     * read at 150, 240 and 300 dpi), so a single rendering would make the test fail on an unlucky check-in code.
     * About one code in 250 is missed at every scale by zxing's single-code detector and read by its multi-code
     * detector, which picks finder patterns differently (measured on 250 random A6 badges): both are tried.
     */
    public static String decodeQr(byte[] pdf, int pageIndex) throws Exception {
        Exception last = null;
        for (float dpi : new float[] {200, 240, 300}) {
            try {
                return decodeQr(render(pdf, pageIndex, dpi));
            } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                last = e;
            }
        }
        throw last;
    }

    public static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (com.google.zxing.NotFoundException missed) {
            return new com.google.zxing.multi.qrcode.QRCodeMultiReader()
                    .decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))[0].getText();
        }
    }

    /** A figure of the structure tree: what screen readers get for it ({@code actualText} null when it has none). */
    public record Figure(String alternative, String actualText) {
    }

    /** Every figure of the document's structure tree, in reading order. */
    public static List<Figure> figures(byte[] pdf) throws IOException {
        List<Figure> figures = new ArrayList<>();
        try (PdfDocument doc = open(pdf)) {
            collectFigures(doc.getStructTreeRoot(), figures);
        }
        return figures;
    }

    private static void collectFigures(com.itextpdf.kernel.pdf.tagging.IStructureNode node, List<Figure> figures) {
        for (var kid : node.getKids()) {
            if (kid instanceof com.itextpdf.kernel.pdf.tagging.PdfStructElem element) {
                if (com.itextpdf.kernel.pdf.PdfName.Figure.equals(element.getRole())) {
                    figures.add(new Figure(element.getAlt() == null ? null : element.getAlt().toUnicodeString(),
                            element.getActualText() == null ? null : element.getActualText().toUnicodeString()));
                }
                collectFigures(element, figures);
            }
        }
    }

    /**
     * veraPDF (the CLI jar the build copies into target/verapdf) finds the document both archival (PDF/A-2a)
     * and accessible (PDF/UA-1).
     */
    public static void assertArchivalAndAccessible(byte[] pdf, String name) throws Exception {
        Path file = Path.of("target", "documents-it", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        Vera.assertConforms(file, "2a");
        Vera.assertConforms(file, "ua1");
    }
}
