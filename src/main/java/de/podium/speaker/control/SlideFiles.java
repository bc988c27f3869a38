package de.podium.speaker.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import de.podium.platform.control.PodiumException;

/**
 * Slide files on disk. An upload streams into a temporary file (never wholly into memory), counting bytes and
 * hashing as it goes; only a complete file of a permitted type is moved into place, atomically.
 */
public final class SlideFiles {

    public static final String PDF = "application/pdf";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";

    private SlideFiles() {
    }

    /** A received upload waiting in a temporary file. */
    public record Received(Path file, long size, String sha256) {
    }

    public static Received receive(InputStream in, Path uploads, long maxBytes) {
        return receive(in, uploads, maxBytes, "error.slides.tooLarge");
    }

    public static Received receive(InputStream in, Path uploads, long maxBytes, String tooLargeKey) {
        Path temporary = null;
        try {
            Files.createDirectories(uploads.resolve("tmp"));
            temporary = Files.createTempFile(uploads.resolve("tmp"), "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new PodiumException.TooLarge(tooLargeKey, maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
            return new Received(temporary, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            delete(temporary);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            delete(temporary);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            delete(temporary);
            throw e;
        }
    }

    /** The type by content: PDF by its signature, PPTX and ODP by what the ZIP container holds. */
    public static Optional<String> typeOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            if (new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return Optional.of(PDF);
            }
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (isPresentationPackage(zip)) {
                return Optional.of(PPTX);
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    if (new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip().equals(ODP)) {
                        return Optional.of(ODP);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * An OOXML package whose main part is a presentation. Macro-enabled presentations (.pptm) declare another
     * main content type and are refused: they carry code.
     */
    private static boolean isPresentationPackage(ZipFile zip) throws IOException {
        ZipEntry types = zip.getEntry("[Content_Types].xml");
        if (types == null || zip.getEntry("ppt/presentation.xml") == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(types)) {
            String declared = new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8);
            return declared.contains("presentationml.presentation.main+xml")
                    && !declared.contains("macroEnabled") && zip.getEntry("ppt/vbaProject.bin") == null;
        }
    }

    public static Path moveIntoPlace(Received received, Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(received.file());
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
