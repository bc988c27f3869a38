package de.podium.registration.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * fastexcel streams rows and so writes {@code <dimension ref="A1"/>} before it knows the sheet's extent; readers
 * that trust the dimension (streaming readers, some importers) then see a single cell. This rewrites it to the
 * real range, e.g. {@code A1:N8}.
 */
final class XlsxDimension {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String WRONG = "<dimension ref=\"A1\"/>";

    private XlsxDimension() {
    }

    static byte[] fixed(byte[] xlsx, int rows, int columns) {
        String range = "A1:" + column(columns - 1) + rows;
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 16);
        Path file = null;
        // read through the central directory: fastexcel's entries carry their sizes only there and in data
        // descriptors, which ZipInputStream refuses ("invalid entry size")
        try {
            file = Files.createTempFile("podium-export", ".xlsx");
            Files.write(file, xlsx);
            try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream part = in.getInputStream(entry)) {
                        content = part.readAllBytes();
                    }
                    if (entry.getName().equals(SHEET)) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replace(WRONG, "<dimension ref=\"" + range + "\"/>").getBytes(StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
        return out.toByteArray();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is no reason to fail the download
            }
        }
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            name.insert(0, (char) ('A' + i % 26));
        }
        return name.toString();
    }
}
