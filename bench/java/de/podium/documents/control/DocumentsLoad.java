package de.podium.documents.control;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;

/**
 * Time and peak heap of the two big document runs (5,000 badges; proceedings of 200 talks with 20 slide pages each),
 * measured once and reported in the README. Not part of the suite: {@code bench/README.md} says how to run it.
 */
class DocumentsLoad {

    public static void main(String[] args) throws Exception {
        new DocumentsLoad().fiveThousandBadges();
        new DocumentsLoad().proceedingsOfTwoHundredTalksWithTwentySlidesEach();
    }

    void fiveThousandBadges() throws Exception {
        Path out = Path.of("target", "measure", "badges-5000.pdf");
        Files.createDirectories(out.getParent());
        resetPeaks();
        long start = System.nanoTime();
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (OutputStream file = Files.newOutputStream(out);
             BadgeWriter writer = new BadgeWriter(file, BadgeLayout.A4, "Integration von Flüchtlingen im ländlichen Raum", "Badges", "none")) {
            for (int i = 0; i < 5000; i++) {
                writer.add(new BadgeData(i % 3 == 0 ? "Dr." : null, "Łukasz " + i, "Żółć-Παπαδόπουλος",
                        "Landrat des Werra-Meißner-Kreises", "Werra-Meißner-Kreis", "Landrat/Landrätin", "#1f4e79",
                        "code-" + i + "-abcdefghijklmnopqrstuvwxyz0123456789"));
            }
        }
        report("5,000 badges (A4, 4 per sheet)", start, out);
    }

    void proceedingsOfTwoHundredTalksWithTwentySlidesEach() throws Exception {
        Path dir = Path.of("target", "measure", "slides");
        Files.createDirectories(dir);
        List<ProceedingsContent.TalkEntry> talks = new ArrayList<>();
        for (int t = 1; t <= 200; t++) {
            Path slides = dir.resolve("talk-" + t + ".pdf");
            if (!Files.exists(slides)) {
                Files.write(slides, slides(t, 20));
            }
            talks.add(new ProceedingsContent.TalkEntry(t, "Beitrag " + t + ": Integration vor Ort – Erfahrungen aus dem Kreis",
                    "16.12.2016, 10:00–10:30 Uhr, Saal " + (t % 4 + 1), "Saal " + (t % 4 + 1),
                    List.of("Landrat Stefan Reuß", "Dr. Ayşe Yılmaz"), "Zusammenfassung des Beitrags " + t + ". ".repeat(20),
                    slides, "application/pdf", 0, false));
        }
        ProceedingsContent content = new ProceedingsContent(Locale.GERMAN, "Integration von Flüchtlingen im ländlichen Raum",
                null, "16.12.2016", "Berlin", "Deutscher Landkreistag", "Programmversion 1", talks);
        Path out = Path.of("target", "measure", "proceedings-200.pdf");
        resetPeaks();
        long start = System.nanoTime();
        cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (OutputStream file = Files.newOutputStream(out)) {
            List<String> notes = new ProceedingsWriter(content, n -> { }).write(file, Path.of("target", "measure", "work"));
            if (!notes.isEmpty()) {
                throw new IllegalStateException(notes.toString());
            }
        }
        report("proceedings, 200 talks × 20 slide pages", start, out);
    }

    static byte[] slides(int talk, int pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream font = DocumentsLoad.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf");
             Document doc = new Document(new PdfDocument(new PdfWriter(out)), PageSize.A4.rotate())) {
            doc.setFont(PdfFontFactory.createFont(font.readAllBytes(), PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED));
            for (int i = 1; i <= pages; i++) {
                if (i > 1) {
                    doc.add(new AreaBreak());
                }
                doc.add(new Paragraph("Beitrag " + talk + " – Folie " + i).setFontSize(36));
                doc.add(new Paragraph("Wohnen, Sprache, Arbeit und Ausbildung, Schule und Bildung, Ehrenamt. ".repeat(6)).setFontSize(16));
            }
        }
        return out.toByteArray();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long cpuStart;

    private static void report(String what, long start, Path out) throws Exception {
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        try (PdfDocument pdf = new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(out.toFile()))) {
            System.out.printf("MEASURE %s: %d ms wall, %d ms CPU, peak heap (sum of pool peaks) %d MB, max heap %d MB, %d pages, %d MB file%n",
                    what, millis, cpuMillis, peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    pdf.getNumberOfPages(), Files.size(out) / (1024 * 1024));
        }
    }
}
