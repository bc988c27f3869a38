package de.podium.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.TestMail;

/** One Podium node of {@link ClusterIT}: its own process of the built jar, its log and an HTTP client. */
/** One Payara Micro process of the cluster. */
record ClusterNode(String name, int port, Process process, Path log, HttpClient http) {

    static final String DEMO_PASSWORD = "cluster-demo-secret";

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Accept-Language", "de");
    }

    static ClusterNode start(String name, String database, int gridPort, String members, String cluster, boolean demo)
            throws IOException {
        int port = PodiumServer.freePort();
        Path jar = Path.of(PodiumServer.prop("podium.it.jar", "target/podium.jar")).toAbsolutePath();
        Path log = jar.getParent().resolve("podium-cluster-" + name + ".log");
        Path dataDir = jar.getParent().resolve("it-cluster-data");
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--port", Integer.toString(port),
                "--name", "podium-" + name, "--clustername", cluster,
                "--clustermode", "tcpip:" + members, "--startport", Integer.toString(gridPort),
                "--interfaces", "127.0.0.1", "--nohostaware")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("PODIUM_DB_URL", PodiumServer.jdbcUrl(database));
        env.put("PODIUM_DB_USER", PodiumServer.prop("podium.it.db.user", "postgres"));
        env.put("PODIUM_DB_PASSWORD", "unused-with-trust-auth");
        env.put("PODIUM_DATA_DIR", dataDir.toString());
        env.put("PODIUM_DEMO", Boolean.toString(demo));
        env.put("PODIUM_DEMO_PASSWORD", DEMO_PASSWORD);
        env.put("PODIUM_BASE_URL", "http://localhost:" + port);
        env.put("PODIUM_MAIL_TRANSPORT", "smtp");
        env.put("PODIUM_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("PODIUM_MAIL_SMTP_PORT", Integer.toString(TestMail.get().port()));
        env.put("PODIUM_MAIL_POLL_SECONDS", "1");
        env.put("PODIUM_MAIL_FROM", "podium@podium.example");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        return new ClusterNode(name, port, builder.start(), log, http);
    }

    void awaitReady(long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited during start-up:\n" + logTail());
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node " + name + " was not ready in time:\n" + logTail());
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request.build());
    }

    Page get(HttpClient client, String path) {
        return page(send(client, request(path).GET().build()));
    }

    Page post(HttpClient client, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        // behind the load balancer both nodes share one origin: the browser names it, as it does on every form POST
        return page(send(client, request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /** This node's own count of mails it handed to the SMTP server, from /metrics. */
    double mailsSent() {
        String metrics = send(request("/metrics").GET()).body();
        Matcher sent = Pattern.compile("(?m)^podium_mail_sent_total\\{[^}]*\\} (\\S+)$").matcher(metrics);
        return sent.find() ? Double.parseDouble(sent.group(1)) : 0;
    }

    private static Page page(HttpResponse<String> response) {
        return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean logContains(String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
