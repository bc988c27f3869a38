package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Issue #16 item 4: 10,000 anonymous GETs of the registration page leave the live heap (after a full GC) within
 * 20 MB of before; with sessions they held about 41 KB each (≈ 400 MB). Requests carry no cookies, as first visits.
 */
class AnonymousHeapIT {

    static final int VISITS = 10_000;
    static final long ALLOWED_GROWTH = 20L * 1024 * 1024;

    @Test
    void tenThousandAnonymousVisitsOfTheRegistrationPageHoldNoMemory() throws Exception {
        PodiumServer podium = PodiumServer.get();
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        String path = "/conferences/" + slug + "/register";
        visit(podium, path, 500); // warm-up: compiled pages, caches, pools
        long before = liveHeap(podium);
        long started = System.nanoTime();
        visit(podium, path, VISITS);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        long after = liveHeap(podium);
        System.out.printf("AnonymousHeapIT: live heap %d MB before, %d MB after %d anonymous GETs (%+.1f MB, %d s)%n",
                before >> 20, after >> 20, VISITS, (after - before) / 1048576.0, seconds);
        assertTrue(after - before < ALLOWED_GROWTH, "live heap grew from " + before + " to " + after + " bytes");
    }

    private static void visit(PodiumServer podium, String path, int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                done.add(clients.submit(() -> {
                    for (int i = 0; i < count / 4; i++) {
                        Answer page = podium.get(path).send();
                        assertEquals(200, page.status());
                        assertTrue(page.response().headers().allValues("Set-Cookie").stream()
                                .noneMatch(h -> h.startsWith("PODIUMSESSION=")), "no session");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    /** Used heap after two full collections (jcmd GC.run), read from /metrics. */
    private static long liveHeap(PodiumServer podium) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (int i = 0; i < 2; i++) {
            Process gc = new ProcessBuilder(jcmd, Long.toString(podium.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, gc.waitFor(), "jcmd GC.run");
            Thread.sleep(1000);
        }
        String metrics = podium.get("/metrics").send().body();
        Matcher used = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*\\})? ([0-9.eE+]+)").matcher(metrics);
        assertTrue(used.find(), metrics);
        return (long) Double.parseDouble(used.group(1));
    }
}
