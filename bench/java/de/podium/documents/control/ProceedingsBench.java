package de.podium.documents.control;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.utils.PdfMerger;

/**
 * Benchmark 4 of bench/: proceedings of 50 and 200 talks with a generated 20-page slide PDF each, against a
 * bare iText PdfMerger of the same slide files. Prints one JSON line per size (run by bench/proceedings.sh).
 */
public final class ProceedingsBench {

    private ProceedingsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/proceedings");
        Files.createDirectories(dir.resolve("slides"));
        run(dir, 10, false);   // warm-up of both paths
        for (int talks : new int[] {50, 200}) {
            run(dir, talks, true);
        }
    }

    private static void run(Path dir, int count, boolean print) throws Exception {
        List<Path> files = new ArrayList<>();
        List<ProceedingsContent.TalkEntry> talks = new ArrayList<>();
        for (int t = 1; t <= count; t++) {
            Path slides = dir.resolve("slides").resolve("talk-" + t + ".pdf");
            if (!Files.exists(slides)) {
                Files.write(slides, DocumentsLoad.slides(t, 20));
            }
            files.add(slides);
            talks.add(new ProceedingsContent.TalkEntry(t, "Beitrag " + t + ": Integration vor Ort – Erfahrungen aus dem Kreis",
                    "16.12.2016, 10:00–10:30 Uhr, Saal " + (t % 4 + 1), "Saal " + (t % 4 + 1),
                    List.of("Landrat Stefan Reuß", "Dr. Ayşe Yılmaz"), "Zusammenfassung des Beitrags " + t + ".",
                    slides, "application/pdf", false));
        }
        ProceedingsContent content = new ProceedingsContent(Locale.GERMAN, "Integration von Flüchtlingen im ländlichen Raum",
                null, "16.12.2016", "Berlin", "Deutscher Landkreistag", "Programmversion 1", talks);

        resetPeaks();
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(dir.resolve("proceedings-" + count + ".pdf"))) {
            new ProceedingsWriter(content, n -> { }).write(out, dir.resolve("work"));
        }
        long podiumMillis = (System.nanoTime() - start) / 1_000_000;
        long podiumHeap = peakHeapMb();

        resetPeaks();
        start = System.nanoTime();
        try (PdfDocument merged = new PdfDocument(new PdfWriter(dir.resolve("merged-" + count + ".pdf").toFile()))) {
            PdfMerger merger = new PdfMerger(merged);
            for (Path file : files) {
                try (PdfDocument source = new PdfDocument(new PdfReader(file.toFile()))) {
                    merger.merge(source, 1, source.getNumberOfPages());
                }
            }
        }
        long mergerMillis = (System.nanoTime() - start) / 1_000_000;
        long mergerHeap = peakHeapMb();
        if (print) {
            System.out.printf("{\"talks\":%d,\"podium_ms\":%d,\"podium_heap_mb\":%d,\"merger_ms\":%d,\"merger_heap_mb\":%d}%n",
                    count, podiumMillis, podiumHeap, mergerMillis, mergerHeap);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
