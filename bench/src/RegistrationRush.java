import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration rush load generator (JDK only, run as {@code java RegistrationRush.java}).
 * Sends ATTEMPTS registrations from CLIENTS concurrent clients spread over the given base URLs, round-robin
 * over the categories; every DUPLICATE_EVERY-th attempt (default 50; 0 = never, every attempt a new person)
 * reuses an earlier e-mail so that "rejected with a reason" (409 duplicate) is part of the mix. Prints one JSON
 * object with throughput, latency percentiles and the count of every answer (status + status/error field of
 * the body).
 *
 * Usage: RegistrationRush BASE_URLS(comma) SLUG CATEGORIES(comma) ATTEMPTS CLIENTS [RUN_ID [DUPLICATE_EVERY]]
 */
public class RegistrationRush {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([a-z_]+)\"");

    public static void main(String[] args) throws Exception {
        String[] bases = args[0].split(",");
        String slug = args[1];
        String[] categories = args[2].split(",");
        int attempts = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        String runId = args.length > 5 ? args[5] : Long.toString(System.currentTimeMillis());
        int duplicateEvery = args.length > 6 ? Integer.parseInt(args[6]) : 50;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long[] latencies = new long[attempts];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < attempts) {
                    int person = duplicateEvery > 0 && i % duplicateEvery == duplicateEvery - 1 ? i - 1 : i;
                    String body = """
                            {"category":"%s","title":"Dr.","firstName":"Jürgen","lastName":"Müller-%d",
                             "office":"Landrat","organisation":"Landkreis %d","email":"rush-%s-%d@example.org",
                             "locale":"de","consent":{"privacyPolicyVersion":"2026-01","listInParticipants":true}}
                            """.formatted(categories[i % categories.length], person, person, runId, person);
                    String base = bases[i % bases.length];
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/conferences/" + slug + "/registrations"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        outcome = response.statusCode() + " " + field(STATUS, response.body(), field(ERROR, response.body(), "-"));
                        if (response.statusCode() == 503) {
                            // an outage answer must tell the client when to come back
                            outcome += response.headers().firstValue("Retry-After").map(s -> " retry-after " + s).orElse(" without retry-after");
                        }
                    } catch (Exception e) {
                        outcome = "transport " + e.getClass().getSimpleName();
                    }
                    latencies[i] = System.nanoTime() - t0;
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>();
        for (long l : latencies) {
            sorted.add(l);
        }
        Collections.sort(sorted);
        StringBuilder counts = new StringBuilder();
        new TreeMap<>(outcomes).forEach((k, v) -> counts.append(counts.length() == 0 ? "" : ",")
                .append('"').append(k).append("\":").append(v.get()));
        System.out.printf("{\"attempts\":%d,\"clients\":%d,\"seconds\":%.3f,\"throughput\":%.1f,"
                        + "\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,\"outcomes\":{%s}}%n",
                attempts, clients, seconds, attempts / seconds, pct(sorted, 50), pct(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6, counts);
        System.exit(0);
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static String field(Pattern pattern, String body, String fallback) {
        Matcher m = pattern.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : fallback;
    }
}
