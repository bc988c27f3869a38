package de.podium.platform.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;



/**
 * Uploaded pictures (speaker photos, conference logos): JPEG or PNG by content, decoded and drawn into a fresh image no larger than the limit, and
 * written anew. What the camera wrote into the file (EXIF with location, comments, thumbnails) stays behind.
 */
public final class UploadedImages {

    /** Larger sources are refused before decoding: a small file can claim a huge canvas. */
    static final long MAX_SOURCE_PIXELS = 50_000_000L;

    private UploadedImages() {
    }

    public record Photo(Path file, String contentType, int width, int height) {
    }

    public static Photo reencode(Path source, Path target, int maxEdge) {
        String format;
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw unsupported();
            }
            ImageReader reader = readers.next();
            try {
                format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw unsupported();
                }
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_SOURCE_PIXELS) {
                    throw unsupported();
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PodiumException podium) {
                throw podium;
            }
            throw unsupported();
        }
        boolean png = format.equals("png");
        BufferedImage scaled = scale(image, maxEdge, png);
        Path file = target.resolveSibling(target.getFileName() + (png ? ".png" : ".jpg"));
        write(scaled, png, file);
        return new Photo(file, png ? "image/png" : "image/jpeg", scaled.getWidth(), scaled.getHeight());
    }

    private static BufferedImage scale(BufferedImage image, int maxEdge, boolean png) {
        double factor = Math.min(1.0, (double) maxEdge / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage fresh = new BufferedImage(width, height, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = fresh.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return fresh;
    }

    private static void write(BufferedImage image, boolean png, Path file) {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), "photo-", ".part");
            ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temporary.toFile())) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (!png) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.85f);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file stays under the data directory; the upload failed anyway
            }
            throw new UncheckedIOException(e);
        }
    }

    private static PodiumException unsupported() {
        return new PodiumException.UnsupportedType("error.speaker.photoType");
    }
}
