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

import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

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
        LiveHeap live = LiveHeap.watch();
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(dir.resolve("proceedings-" + count + ".pdf"))) {
            new ProceedingsWriter(content, n -> { }).write(out, dir.resolve("work"));
        }
        long podiumMillis = (System.nanoTime() - start) / 1_000_000;
        long podiumHeap = peakHeapMb();
        long podiumLive = live.stop();

        resetPeaks();
        live = LiveHeap.watch();
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
        long mergerLive = live.stop();
        if (print) {
            System.out.printf("{\"talks\":%d,\"podium_ms\":%d,\"podium_live_heap_mb\":%d,\"podium_heap_mb\":%d,"
                            + "\"merger_ms\":%d,\"merger_live_heap_mb\":%d,\"merger_heap_mb\":%d}%n",
                    count, podiumMillis, podiumLive, podiumHeap, mergerMillis, mergerLive, mergerHeap);
        }
    }

    /**
     * The most heap that was still in use right after a garbage collection while the document was written: what the
     * document holds, without the garbage that the young generation lets pile up between collections (G1 sizes it
     * by its pause goal, so the sum of the pools' peaks follows the collector more than the document).
     */
    static final class LiveHeap implements NotificationListener {
        private final AtomicLong max = new AtomicLong();

        static LiveHeap watch() {
            LiveHeap live = new LiveHeap();
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc ->
                    ((NotificationEmitter) gc).addNotificationListener(live, null, null));
            return live;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
            max.accumulateAndGet(used, Math::max);
        }

        /** Collects once more (what is live at the end counts too) and returns the maximum in MB. */
        long stop() throws Exception {
            System.gc();
            Thread.sleep(200); // notifications arrive on their own thread
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            }
            return max.get() / (1024 * 1024);
        }
    }

    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
