package de.podium.documents.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.utils.PdfMerger;
import com.itextpdf.pdfa.PdfADocument;

/**
 * Benchmark 4 of bench/: proceedings of 50 and 200 talks with a generated 20-page slide PDF each, against a
 * bare iText PdfMerger of the same slide files; the 200-talk documents {@value #RUNS} times each, alternating.
 * The slides' page texts are read when the sample is made, as Podium reads them after an upload, and looked up
 * (decoded from their stored JSON) while writing; the 200-talk document is also written {@value #RUNS} times
 * with the texts unknown, read while writing, as before #17's upload-time reading (podium_unread_ms).
 * Then the same merger writing into a PDF/A-2b document (pdfa_merger_ms), alternating with the bare merger again
 * (merger_beside_pdfa_ms): nothing but PDF/A's checks and writing added to the merger, no tags, pages or text of
 * Podium's own, so the least any PDF/A proceedings of these slides can cost.
 * Prints one JSON line per size (run by bench/proceedings.sh).
 */
public final class ProceedingsBench {

    private ProceedingsBench() {
    }

    /** 200-talk documents of each kind, alternating: one run of each moved by a third between runs here. */
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/proceedings");
        Files.createDirectories(dir.resolve("slides"));
        Sample warmUp = new Sample(dir, 10);   // both paths once
        warmUp.podium();
        warmUp.merger();
        warmUp.pdfaMerger();
        Sample fifty = new Sample(dir, 50);
        List<long[]> fiftyMerger = List.of(fifty.merger());
        print(50, List.of(fifty.podium()), fiftyMerger, List.of(), List.of(fifty.pdfaMerger()), fiftyMerger);
        Sample twoHundred = new Sample(dir, 200);
        List<long[]> podium = new ArrayList<>();
        List<long[]> merger = new ArrayList<>();
        List<long[]> unread = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            podium.add(twoHundred.podium());
            merger.add(twoHundred.merger());
            unread.add(twoHundred.podiumReadingTexts());
        }
        // after Podium's runs, not between them, so that a third kind of document cannot change what the JIT makes
        // of Podium's (the one trial with it in between gave Podium's slowest medians of the day)
        List<long[]> pdfaMerger = new ArrayList<>();
        List<long[]> besidePdfa = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            besidePdfa.add(twoHundred.merger());
            pdfaMerger.add(twoHundred.pdfaMerger());
        }
        print(200, podium, merger, unread, pdfaMerger, besidePdfa);
    }

    /**
     * One JSON line: the median time of each kind, the most live heap and pool peaks of any run (the heap goal is
     * about the worst), and every run's time.
     */
    private static void print(int talks, List<long[]> podium, List<long[]> merger, List<long[]> unread, List<long[]> pdfaMerger,
                              List<long[]> besidePdfa) {
        System.out.printf("{\"talks\":%d,\"podium_ms\":%d,\"podium_live_heap_mb\":%d,\"podium_heap_mb\":%d,"
                        + "\"merger_ms\":%d,\"merger_live_heap_mb\":%d,\"merger_heap_mb\":%d,\"podium_runs_ms\":%s,\"merger_runs_ms\":%s,"
                        + "\"podium_unread_ms\":%d,\"podium_unread_runs_ms\":%s,\"pdfa_merger_ms\":%d,\"pdfa_merger_runs_ms\":%s,"
                        + "\"merger_beside_pdfa_ms\":%d}%n",
                talks, median(podium), most(podium, 1), most(podium, 2), median(merger), most(merger, 1), most(merger, 2),
                podium.stream().map(r -> String.valueOf(r[0])).toList(), merger.stream().map(r -> String.valueOf(r[0])).toList(),
                median(unread), unread.stream().map(r -> String.valueOf(r[0])).toList(),
                median(pdfaMerger), pdfaMerger.stream().map(r -> String.valueOf(r[0])).toList(), median(besidePdfa));
    }

    private static long median(List<long[]> runs) {
        List<Long> times = runs.stream().map(r -> r[0]).sorted().toList();
        return times.isEmpty() ? 0 : times.get(times.size() / 2);
    }

    private static long most(List<long[]> runs, int index) {
        return runs.stream().mapToLong(r -> r[index]).max().orElse(0);
    }

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private interface Target {
        PdfDocument open() throws Exception;
    }

    /** The same talks and slide files for both kinds of document; each measurement is {ms, live heap MB, pool peaks MB}. */
    private static final class Sample {
        private final Path dir;
        private final int count;
        private final List<Path> files = new ArrayList<>();
        private final ProceedingsContent content;

        Sample(Path dir, int count) throws Exception {
            this.dir = dir;
            this.count = count;
            List<ProceedingsContent.TalkEntry> talks = new ArrayList<>();
            for (int t = 1; t <= count; t++) {
                Path slides = dir.resolve("slides").resolve("talk-" + t + ".pdf");
                if (!Files.exists(slides)) {
                    Files.write(slides, DocumentsLoad.slides(t, 20));
                }
                files.add(slides);
                Path texts = textsOf(t);
                if (!Files.exists(texts)) {
                    try (PdfDocument source = new PdfDocument(new PdfReader(slides.toFile()))) {
                        Files.writeString(texts, SlidePageTextStore.encoded(SlideText.pagesOf(source)));
                    }
                }
                talks.add(new ProceedingsContent.TalkEntry(t, "Beitrag " + t + ": Integration vor Ort – Erfahrungen aus dem Kreis",
                        "16.12.2016, 10:00–10:30 Uhr, Saal " + (t % 4 + 1), "Saal " + (t % 4 + 1),
                        List.of("Landrat Stefan Reuß", "Dr. Ayşe Yılmaz"), "Zusammenfassung des Beitrags " + t + ".",
                        slides, "application/pdf", t, false));
            }
            content = new ProceedingsContent(Locale.GERMAN, "Integration von Flüchtlingen im ländlichen Raum",
                    null, "16.12.2016", "Berlin", "Deutscher Landkreistag", "Programmversion 1", talks);
        }

        long[] podium() throws Exception {
            return podium(new KnownSlideTexts() {
                @Override
                public List<String> of(long slideId) {
                    try {
                        return SlidePageTextStore.decoded(Files.readString(textsOf(slideId)));
                    } catch (java.io.IOException e) {
                        return null;
                    }
                }

                @Override
                public void remember(long slideId, List<String> texts) {
                }
            });
        }

        /** Kept on disk as Podium keeps them in its database, not in this JVM's heap. */
        private Path textsOf(long talk) {
            return dir.resolve("slides").resolve("talk-" + talk + ".texts.json");
        }

        long[] podiumReadingTexts() throws Exception {
            return podium(KnownSlideTexts.NONE);
        }

        private long[] podium(KnownSlideTexts known) throws Exception {
            resetPeaks();
            LiveHeap live = LiveHeap.watch();
            long start = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(dir.resolve("proceedings-" + count + ".pdf"))) {
                new ProceedingsWriter(content, n -> { }, known).write(out, dir.resolve("work"));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peaks = peakHeapMb();
            return new long[] {millis, live.stop(), peaks};
        }

        long[] merger() throws Exception {
            return merger(() -> new PdfDocument(new PdfWriter(dir.resolve("merged-" + count + ".pdf").toFile())));
        }

        /** The same merger into a PDF/A-2b document (not 2a: a merger copies pages, not their structure). */
        long[] pdfaMerger() throws Exception {
            return merger(() -> new PdfADocument(new PdfWriter(dir.resolve("merged-pdfa-" + count + ".pdf").toFile()),
                    PdfAConformance.PDF_A_2B, new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                            new java.io.ByteArrayInputStream(SRGB))));
        }

        private long[] merger(Target target) throws Exception {
            resetPeaks();
            LiveHeap live = LiveHeap.watch();
            long start = System.nanoTime();
            try (PdfDocument merged = target.open()) {
                PdfMerger merger = new PdfMerger(merged);
                for (Path file : files) {
                    try (PdfDocument source = new PdfDocument(new PdfReader(file.toFile()))) {
                        merger.merge(source, 1, source.getNumberOfPages());
                    }
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peaks = peakHeapMb();
            return new long[] {millis, live.stop(), peaks};
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
