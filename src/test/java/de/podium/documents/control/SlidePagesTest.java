package de.podium.documents.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

import de.podium.testsupport.PdfChecks;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

class SlidePagesTest {

    @Test
    void aCompressedSlideIsCopiedWithItsCompressedBytes() throws IOException {
        // compressed otherwise than iText compresses by default, so that inflating and deflating anew would show
        byte[] slides = slides(CompressionConstants.BEST_SPEED);
        byte[] proceedings = proceedingsOf(slides);
        try (PdfDocument source = read(slides); PdfDocument result = read(proceedings)) {
            PdfStream original = source.getPage(2).getPdfObject().getAsStream(PdfName.Contents);
            PdfStream copied = slideForm(result, 2);
            assertEquals(PdfName.FlateDecode, copied.get(PdfName.Filter));
            assertArrayEquals(original.getBytes(false), copied.getBytes(false), "the slide's compressed content, byte for byte");
            assertTrue(PdfTextExtractor.getTextFromPage(result.getPage(2)).contains("Handlungsfeld 2: Wohnen"));
        }
    }

    @Test
    void anUncompressedSlideIsCompressedInTheProceedings() throws IOException {
        byte[] proceedings = proceedingsOf(slides(CompressionConstants.NO_COMPRESSION));
        try (PdfDocument result = read(proceedings)) {
            assertEquals(PdfName.FlateDecode, slideForm(result, 1).get(PdfName.Filter));
            assertTrue(PdfTextExtractor.getTextFromPage(result.getPage(1)).contains("Handlungsfeld 1: Wohnen"));
        }
    }

    @Test
    void screenReadersGetTheSlidesTextAmidDrawingsAndPictures() throws IOException {
        byte[] slide = SlideDecks.deck(new WriterProperties(), 1, (canvas, font, p) -> {
            canvas.setFillColor(ColorConstants.BLUE).rectangle(40, 300, 300, 120).fill();
            canvas.addImageFittedIntoRectangle(ImageDataFactory.create(png()), new Rectangle(400, 300, 100, 100), false);
            canvas.beginText().setFontAndSize(font, 28).moveText(60, 450).showText("Masterplan Integration").endText();
            canvas.beginText().setFontAndSize(font, 14).moveText(60, 250).showText("Wohnen und Arbeit").endText();
        });
        PdfChecks.Figure figure = PdfChecks.figures(proceedingsOf(slide)).get(0);
        assertEquals("Folie 1", figure.alternative());
        String actual = figure.actualText();
        assertTrue(actual.contains("Masterplan Integration") && actual.contains("Wohnen und Arbeit"), actual);
    }

    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] proceedingsOf(byte[] slides) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PublishedPdf pdf = PdfA.open(out, "Tagungsband", "de-DE", "DLT");
        try (PdfDocument source = read(slides)) {
            new SlidePages(pdf).add(source, i -> "Folie " + i, null);
        }
        pdf.close();
        return out.toByteArray();
    }

    private static PdfStream slideForm(PdfDocument pdf, int page) {
        PdfDictionary forms = pdf.getPage(page).getResources().getResource(PdfName.XObject);
        return forms.getAsStream(forms.keySet().iterator().next());
    }

    private static PdfDocument read(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    private static byte[] slides(int compression) throws IOException {
        return SlideDecks.deck(new WriterProperties().setCompressionLevel(compression), 2, (canvas, font, p) -> {
            canvas.beginText().setFontAndSize(font, 28).moveText(60, 400).showText("Handlungsfeld " + p + ": Wohnen").endText();
            for (int line = 1; line <= 30; line++) {
                canvas.beginText().setFontAndSize(font, 9).moveText(60, 380 - line * 11)
                        .showText("Punkt " + line + ": Sprache, Arbeit und Ausbildung, Schule, Ehrenamt").endText();
            }
        });
    }
}
