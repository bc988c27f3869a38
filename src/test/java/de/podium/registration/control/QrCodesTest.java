package de.podium.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodesTest {

    private final QrCodes qrCodes = new QrCodes();

    @Test
    void aDoorScannerReadsTheCheckinCodeFromTheMailedImage() throws Exception {
        for (String code : new String[] {"DdFVbIXI8tMIqsBQBaYnh7zOFExVWkHyjn9e02bn_Eg", "K7Q2-9XWZ", "a"}) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(qrCodes.png(code, 300)));
            assertEquals(300, image.getWidth());
            assertEquals(300, image.getHeight());
            assertEquals(code, decode(image, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)));
            assertEquals(code, decode(image, Map.of()), "found like a camera finds it, by its quiet zone");
        }
    }

    @Test
    void theCodeHasFourWhiteModulesAroundItAndBlackCorners() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qrCodes.png("K7Q2-9XWZ", 300)));
        int first = firstBlack(image);
        int moduleWidth = moduleWidth(image, first);
        assertTrue(first >= 4 * moduleWidth, "quiet zone of " + first + " px for " + moduleWidth + " px modules");
        assertEquals(first, image.getWidth() - 1 - lastBlackInRow(image, first), "centred");
    }

    private static String decode(BufferedImage image, Map<DecodeHintType, ?> hints) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))), hints).getText();
    }

    private static boolean black(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0;
    }

    private static int firstBlack(BufferedImage image) {
        for (int i = 0; i < image.getWidth(); i++) {
            if (black(image, i, i)) {
                return i;
            }
        }
        throw new AssertionError("no black module on the diagonal");
    }

    /** The top-right finder pattern ends the code's first row. */
    private static int lastBlackInRow(BufferedImage image, int y) {
        for (int x = image.getWidth() - 1; x >= 0; x--) {
            if (black(image, x, y)) {
                return x;
            }
        }
        throw new AssertionError("no black module in row " + y);
    }

    /** The finder pattern's top edge is seven modules of black. */
    private static int moduleWidth(BufferedImage image, int first) {
        int x = first;
        while (black(image, x, first)) {
            x++;
        }
        return (x - first) / 7;
    }
}
