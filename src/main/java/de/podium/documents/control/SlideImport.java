package de.podium.documents.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;

/**
 * Opens a talk's slides for the proceedings and decides whether their pages may go into a PDF/A-2b document
 * as they are. Pages are imported as form XObjects only when every font is embedded and no CMYK or special
 * colour space appears (the output intent is sRGB); anything else is left out with a reason, never
 * half-imported, because one bad page would make the whole volume fail validation.
 */
public final class SlideImport {

    /** The outcome: an open slide document to import, or why there is none. */
    public record Opened(PdfDocument document, String reasonKey, String detail) {
        public boolean usable() {
            return document != null;
        }
    }

    private SlideImport() {
    }

    public static Opened open(Path pdf) {
        PdfDocument source;
        try {
            PdfReader reader = new PdfReader(pdf.toFile());
            source = new PdfDocument(reader);
            if (reader.isEncrypted()) {
                source.close();
                return refused("documents.proceedings.reason.encrypted", "");
            }
        } catch (IOException | RuntimeException e) {
            return refused(encrypted(e) ? "documents.proceedings.reason.encrypted" : "documents.proceedings.reason.broken", "");
        }
        try {
            if (source.getNumberOfPages() == 0) {
                source.close();
                return refused("documents.proceedings.reason.broken", "");
            }
            String problem = archivalProblem(source);
            if (problem != null) {
                source.close();
                return refused("documents.proceedings.reason.notArchivable", problem);
            }
            return new Opened(source, null, null);
        } catch (RuntimeException e) {
            source.close();
            return refused("documents.proceedings.reason.broken", "");
        }
    }

    /** iText refuses encrypted files in several ways (bad password, no crypto provider for AES). */
    private static boolean encrypted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = t.getClass().getSimpleName() + " " + t.getMessage();
            if (t instanceof com.itextpdf.kernel.exceptions.BadPasswordException || text.toLowerCase(java.util.Locale.ROOT).contains("encrypt")
                    || text.contains("cryptography")) {
                return true;
            }
        }
        return false;
    }

    private static Opened refused(String key, String detail) {
        return new Opened(null, key, detail);
    }

    static String archivalProblem(PdfDocument source) {
        Set<PdfObject> seen = new HashSet<>();
        for (int i = 1; i <= source.getNumberOfPages(); i++) {
            String problem = resources(source.getPage(i).getPdfObject().getAsDictionary(PdfName.Resources), seen);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String resources(PdfDictionary resources, Set<PdfObject> seen) {
        if (resources == null || !seen.add(resources)) {
            return null;
        }
        PdfDictionary fonts = resources.getAsDictionary(PdfName.Font);
        if (fonts != null) {
            for (PdfName key : fonts.keySet()) {
                String problem = font(fonts.getAsDictionary(key), seen);
                if (problem != null) {
                    return problem;
                }
            }
        }
        PdfDictionary colourSpaces = resources.getAsDictionary(PdfName.ColorSpace);
        if (colourSpaces != null) {
            for (PdfName key : colourSpaces.keySet()) {
                if (colourSpace(colourSpaces.get(key)) != null) {
                    return colourSpace(colourSpaces.get(key));
                }
            }
        }
        PdfDictionary xobjects = resources.getAsDictionary(PdfName.XObject);
        if (xobjects != null) {
            for (PdfName key : xobjects.keySet()) {
                PdfStream xobject = xobjects.getAsStream(key);
                if (xobject == null || !seen.add(xobject)) {
                    continue;
                }
                String problem = PdfName.Image.equals(xobject.getAsName(PdfName.Subtype))
                        ? colourSpace(xobject.get(PdfName.ColorSpace))
                        : resources(xobject.getAsDictionary(PdfName.Resources), seen);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static String font(PdfDictionary font, Set<PdfObject> seen) {
        if (font == null) {
            return null;
        }
        PdfName subtype = font.getAsName(PdfName.Subtype);
        if (PdfName.Type3.equals(subtype)) {
            return resources(font.getAsDictionary(PdfName.Resources), seen);
        }
        PdfDictionary described = font;
        if (PdfName.Type0.equals(subtype)) {
            PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
            described = descendants == null || descendants.isEmpty() ? null : descendants.getAsDictionary(0);
        }
        PdfDictionary descriptor = described == null ? null : described.getAsDictionary(PdfName.FontDescriptor);
        boolean embedded = descriptor != null && (descriptor.containsKey(PdfName.FontFile)
                || descriptor.containsKey(PdfName.FontFile2) || descriptor.containsKey(PdfName.FontFile3));
        if (!embedded) {
            PdfName name = font.getAsName(PdfName.BaseFont);
            return "font " + (name == null ? "?" : name.getValue()) + " not embedded";
        }
        return null;
    }

    private static String colourSpace(PdfObject space) {
        if (space == null) {
            return null;
        }
        if (PdfName.DeviceCMYK.equals(space)) {
            return "CMYK colours";
        }
        if (space instanceof PdfArray array && !array.isEmpty() && array.get(0) instanceof PdfName family
                && (PdfName.Separation.equals(family) || PdfName.DeviceN.equals(family) || PdfName.Indexed.equals(family))) {
            return array.size() > 1 && !PdfName.Indexed.equals(family) ? "special colours" : colourSpace(array.get(1));
        }
        return null;
    }

    /** PPTX/ODP to PDF with LibreOffice, when it is installed; null otherwise or when it fails. */
    public static Path convert(Path presentation, Path workDir) {
        String office = List.of("libreoffice", "soffice").stream().filter(SlideImport::onPath).findFirst().orElse(null);
        if (office == null) {
            return null;
        }
        try {
            Files.createDirectories(workDir);
            Process process = new ProcessBuilder(office, "--headless", "--convert-to", "pdf", "--outdir",
                    workDir.toString(), presentation.toString()).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("convert.log").toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String name = presentation.getFileName().toString().replaceAll("\\.[^.]+$", "") + ".pdf";
            Path result = workDir.resolve(name);
            return process.exitValue() == 0 && Files.exists(result) ? result : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public static boolean officeInstalled() {
        return onPath("libreoffice") || onPath("soffice");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
