package de.podium.registration.control;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * QR codes as PNG: the payload is the registration's check-in code, scanned at the door.
 * <p>
 * Every registration mail carries one, so the image is drawn module by module into the packed one-bit raster
 * instead of pixel by pixel through {@code setRGB} (which took most of a mail's rendering time).
 */
@ApplicationScoped
public class QrCodes {

    /** ISO/IEC 18004 asks for four modules of white around the code; scanners find the code by it. */
    private static final int QUIET_ZONE_MODULES = 4;

    public byte[] png(String payload, int size) {
        try {
            ByteMatrix modules = Encoder.encode(payload, ErrorCorrectionLevel.M).getMatrix();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image(modules, size), "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload cannot be encoded", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At least SIZE pixels square, the code centred with whole pixels per module, white around it. */
    private static BufferedImage image(ByteMatrix modules, int size) {
        int codeWidth = modules.getWidth() + 2 * QUIET_ZONE_MODULES;
        int side = Math.max(size, codeWidth);
        int scale = side / codeWidth;
        int padding = (side - modules.getWidth() * scale) / 2;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        byte[] raster = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        Arrays.fill(raster, (byte) 0xFF); // index 1 of the binary palette is white
        int rowBytes = (side + 7) / 8;
        byte[] row = new byte[rowBytes];
        for (int my = 0; my < modules.getHeight(); my++) {
            Arrays.fill(row, (byte) 0xFF);
            for (int mx = 0; mx < modules.getWidth(); mx++) {
                if (modules.get(mx, my) == 1) {
                    for (int x = padding + mx * scale, end = x + scale; x < end; x++) {
                        row[x >> 3] &= (byte) ~(0x80 >> (x & 7));
                    }
                }
            }
            for (int y = padding + my * scale, end = y + scale; y < end; y++) {
                System.arraycopy(row, 0, raster, y * rowBytes, rowBytes);
            }
        }
        return image;
    }
}
