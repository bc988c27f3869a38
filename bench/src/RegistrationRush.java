import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registration rush load generator (JDK only, run as {@code java RegistrationRush.java}).
 * Sends ATTEMPTS registrations from CLIENTS concurrent clients spread over the given base URLs, round-robin
 * over the categories; every DUPLICATE_EVERY-th attempt (default 50; 0 = never, every attempt a new person)
 * reuses an earlier e-mail so that "rejected with a reason" (409 duplicate) is part of the mix. Prints one JSON
 * object with throughput, latency percentiles and the count of every answer (status + status/error field of
 * the body; "transport X" when the connection failed, X the exception's class).
 *
 * <p>Each client is one thread with one blocking HTTP/1.1 connection per base URL, kept alive and opened anew when
 * the server closes it. The load client shares the machine's cores with the server and PostgreSQL, so it has to
 * cost little: the JDK's {@code HttpClient} took 1.6 ms of CPU per registration here, as much as a fifth of all
 * the CPU a registration cost, where pgbench's client, the baseline's, takes a few microseconds per transaction.
 *
 * Usage: RegistrationRush BASE_URLS(comma) SLUG CATEGORIES(comma) ATTEMPTS CLIENTS [RUN_ID [DUPLICATE_EVERY]]
 */
public class RegistrationRush {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([a-z_]+)\"");
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    public static void main(String[] args) throws Exception {
        URI[] bases = Arrays.stream(args[0].split(",")).map(URI::create).toArray(URI[]::new);
        String slug = args[1];
        String[] categories = args[2].split(",");
        int attempts = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        String runId = args.length > 5 ? args[5] : Long.toString(System.currentTimeMillis());
        int duplicateEvery = args.length > 6 ? Integer.parseInt(args[6]) : 50;
        String path = "/api/conferences/" + slug + "/registrations";

        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long[] latencies = new long[attempts];
        AtomicInteger next = new AtomicInteger();
        Thread[] threads = new Thread[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads[c] = new Thread(() -> {
                Connection[] connections = Arrays.stream(bases).map(Connection::new).toArray(Connection[]::new);
                int i;
                while ((i = next.getAndIncrement()) < attempts) {
                    int person = duplicateEvery > 0 && i % duplicateEvery == duplicateEvery - 1 ? i - 1 : i;
                    byte[] body = """
                            {"category":"%s","title":"Dr.","firstName":"Jürgen","lastName":"Müller-%d",
                             "office":"Landrat","organisation":"Landkreis %d","email":"rush-%s-%d@example.org",
                             "locale":"de","consent":{"privacyPolicyVersion":"2026-01","listInParticipants":true}}
                            """.formatted(categories[i % categories.length], person, person, runId, person)
                            .getBytes(StandardCharsets.UTF_8);
                    Connection connection = connections[i % connections.length];
                    long t0 = System.nanoTime();
                    String outcome;
                    try {
                        Response response = connection.post(path, body);
                        outcome = response.status + " " + field(STATUS, response.body, field(ERROR, response.body, "-"));
                        if (response.status == 503) {
                            // an outage answer must tell the client when to come back
                            outcome += response.retryAfter == null ? " without retry-after" : " retry-after " + response.retryAfter;
                        }
                    } catch (IOException | RuntimeException e) {
                        connection.close();
                        outcome = "transport " + e.getClass().getSimpleName();
                    }
                    latencies[i] = System.nanoTime() - t0;
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                }
                Arrays.stream(connections).forEach(Connection::close);
            });
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        StringBuilder counts = new StringBuilder();
        new TreeMap<>(outcomes).forEach((k, v) -> counts.append(counts.length() == 0 ? "" : ",")
                .append('"').append(k).append("\":").append(v.get()));
        System.out.printf(Locale.ROOT, "{\"attempts\":%d,\"clients\":%d,\"seconds\":%.3f,\"throughput\":%.1f,"
                        + "\"p50_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,\"outcomes\":{%s}}%n",
                attempts, clients, seconds, attempts / seconds, pct(latencies, 50), pct(latencies, 99),
                latencies[latencies.length - 1] / 1e6, counts);
        System.exit(0);
    }

    private static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String field(Pattern pattern, String body, String fallback) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : fallback;
    }

    record Response(int status, String retryAfter, String body) {
    }

    /** One keep-alive HTTP/1.1 connection to one server; opened on first use and after the server closed it. */
    static final class Connection {
        private final URI base;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI base) {
            this.base = base;
        }

        Response post(String path, byte[] body) throws IOException {
            if (socket == null) {
                open();
            }
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read();
        }

        private void open() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        private Response read() throws IOException {
            String statusLine = line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP response: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = parts[0].equals("HTTP/1.0");
            String retryAfter = null;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                    case "retry-after" -> retryAfter = value;
                    default -> { }
                }
            }
            byte[] body;
            if (chunked) {
                body = chunkedBody();
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
                if (body.length < length) {
                    throw new EOFException("body ended after " + body.length + " of " + length + " bytes");
                }
            } else {
                body = in.readAllBytes();
                closeAfter = true;
            }
            if (closeAfter) {
                close();
            }
            return new Response(status, retryAfter, new String(body, StandardCharsets.UTF_8));
        }

        private byte[] chunkedBody() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                int semicolon = size.indexOf(';');
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (n == 0) {
                    while (!line().isEmpty()) {
                        // trailers are not used
                    }
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(n);
                if (chunk.length < n) {
                    throw new EOFException("chunk ended early");
                }
                body.write(chunk);
                line();
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a broken connection
                }
                socket = null;
            }
        }
    }
}
