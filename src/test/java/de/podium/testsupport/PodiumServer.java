package de.podium.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * The real Podium, booted once per test run: {@code java -jar target/podium.jar} against a PostgreSQL
 * database created fresh for the run. Tests talk HTTP to it like any client.
 */
public final class PodiumServer {

    public static final String DEMO_PASSWORD = "it-demo-secret";
    public static final String ORGANIZER = "organizer@podium.example";
    public static final String ADMIN = "admin@podium.example";
    public static final String SPEAKER = "reuss@podium.example";
    public static final String DEMO_SLUG = "dlt-integration-2016";
    /** A small upload limit for the tests, so that "too large" needs no 50 MB body. */
    public static final long SLIDES_MAX_BYTES = 1024 * 1024;
    /** podium.http.trusted-proxies of the tests: requests from this machine may carry X-Forwarded-For. */
    public static final String TRUSTED_PROXY = "127.0.0.1,::1";

    private static PodiumServer instance;

    private final int port;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private PodiumServer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    private static IllegalStateException failedStart;

    /**
     * The one app of this test run, started on first use. A start that failed is not tried again by the next test
     * class (each try would leave one more booting server on a shared machine); they all get its failure.
     */
    public static synchronized PodiumServer get() {
        if (failedStart != null) {
            throw new IllegalStateException("Podium failed to start earlier in this run", failedStart);
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (IllegalStateException e) {
                failedStart = e;
                throw e;
            }
        }
        return instance;
    }

    private static PodiumServer start() {
        return start(prop("podium.it.db.name", "podium_it"), "podium-it.log", "it-data", extraEnvironment);
    }

    private static PodiumServer start(String database, String logName, String dataDirName, Map<String, String> overrides) {
        return start(database, logName, dataDirName, overrides, new String[0]);
    }

    /**
     * A second server with its own database, log and data directory, for a test that needs a setting the shared
     * server must not have (e.g. low rate limits); the caller stops it.
     */
    public static PodiumServer startSeparate(String name, Map<String, String> environment, String... payaraOptions) {
        return start(prop("podium.it.db.name", "podium_it") + "_" + name, "podium-it-" + name + ".log",
                "it-data-" + name, environment, payaraOptions);
    }

    private static PodiumServer start(String database, String logName, String dataDirName, Map<String, String> overrides,
                                      String[] payaraOptions) {
        try {
            recreateDatabase(database);
            int port = freePort();
            Path target = Path.of(prop("podium.it.jar", "target/podium.jar")).toAbsolutePath().getParent();
            Path log = "podium-it.log".equals(logName) ? Path.of(prop("podium.it.log", target.resolve(logName).toString()))
                    : target.resolve(logName);
            Path dataDir = target.resolve(dataDirName);
            Files.createDirectories(dataDir);
            List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-jar",
                    prop("podium.it.jar", "target/podium.jar"), "--port", Integer.toString(port), "--nocluster"));
            command.addAll(List.of(payaraOptions));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("PODIUM_DB_URL", jdbcUrl(database));
            env.put("PODIUM_DB_USER", prop("podium.it.db.user", "postgres"));
            env.put("PODIUM_DB_PASSWORD", "unused-with-trust-auth");
            env.put("PODIUM_DATA_DIR", dataDir.toString());
            env.put("PODIUM_DEMO", "true");
            env.put("PODIUM_DEMO_PASSWORD", DEMO_PASSWORD);
            env.put("PODIUM_BASE_URL", "http://localhost:" + port);
            env.put("PODIUM_MAIL_TRANSPORT", "smtp");
            env.put("PODIUM_MAIL_SMTP_HOST", "127.0.0.1");
            env.put("PODIUM_MAIL_SMTP_PORT", Integer.toString(TestMail.get().port()));
            env.put("PODIUM_MAIL_POLL_SECONDS", "1");
            env.put("PODIUM_MAIL_RETRY_INITIAL_SECONDS", "1");
            env.put("PODIUM_MAIL_FROM", "podium@podium.example");
            env.put("PODIUM_SLIDES_MAX_BYTES", Long.toString(SLIDES_MAX_BYTES));
            // the tests play the proxy: X-Forwarded-For / -Proto from this machine count
            env.put("PODIUM_HTTP_TRUSTED_PROXIES", TRUSTED_PROXY);
            // every test registers from this machine: the abuse limits are tested on a server of their own (LimitsIT)
            env.put("PODIUM_HTTP_ANONYMOUS_WRITES_MAX", "1000000");
            env.put("PODIUM_MAIL_MAX_PER_RECIPIENT_PER_HOUR", "1000");
            env.putAll(overrides);
            Process process = builder.start();
            PodiumServer server = new PodiumServer(port, process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            try {
                server.awaitReady(Duration.ofSeconds(Long.parseLong(prop("podium.it.boot-seconds", "240"))));
            } catch (IllegalStateException e) {
                server.stop();
                throw e;
            }
            return server;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Podium could not be started for the tests", e);
        }
    }

    private static final Map<String, String> extraEnvironment = new HashMap<>();

    /** Extra environment for the app (e.g. the SMTP port of a test mail server); call before {@link #get()}. */
    public static synchronized void environment(String key, String value) {
        if (instance != null && !value.equals(extraEnvironment.get(key))) {
            throw new IllegalStateException("Podium is already running; set " + key + " earlier");
        }
        extraEnvironment.put(key, value);
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Podium exited during start-up:\n" + logTail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Podium was not ready within " + timeout + ":\n" + logTail());
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The server's last SEVERE entry with the start of its stack trace, so that a failing page test shows its cause. */
    public String lastSevere() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains("SEVERE")) {
                    return String.join("\n", lines.subList(i, Math.min(lines.size(), i + 40)));
                }
            }
            return "(no SEVERE entry in the server log)";
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    public void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    /** The server's process id (for jcmd). */
    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public HttpClient http() {
        return http;
    }

    // --- requests ---------------------------------------------------------------------------------------

    public Call call(String method, String path) {
        return new Call(this, method, path);
    }

    public Call get(String path) {
        return call("GET", path);
    }

    public Call post(String path, String json) {
        return call("POST", path).json(json);
    }

    public Call put(String path, String json) {
        return call("PUT", path).json(json);
    }

    /** One HTTP request under construction; {@link #send()} returns the answer. */
    public static final class Call {
        private final PodiumServer server;
        private final HttpRequest.Builder builder;
        private final String method;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        Call(PodiumServer server, String method, String path) {
            this.server = server;
            this.method = method;
            this.builder = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
        }

        public Call json(String json) {
            builder.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
            return this;
        }

        public Call body(String contentType, String text) {
            builder.header("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            return this;
        }

        public Call bytes(String contentType, byte[] content) {
            builder.header("Content-Type", contentType);
            body = HttpRequest.BodyPublishers.ofByteArray(content);
            return this;
        }

        public Call form(String urlEncoded) {
            builder.header("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString(urlEncoded, StandardCharsets.UTF_8);
            return this;
        }

        public Call as(String user, String password) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
            return this;
        }

        public Call asOrganizer() {
            return as(ORGANIZER, DEMO_PASSWORD);
        }

        public Call asAdmin() {
            return as(ADMIN, DEMO_PASSWORD);
        }

        public Call asSpeaker() {
            return as(SPEAKER, DEMO_PASSWORD);
        }

        public Call header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Call language(String tag) {
            return header("Accept-Language", tag);
        }

        public Answer send() {
            try {
                HttpResponse<byte[]> response = server.http.send(builder.method(method, body).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                return new Answer(response);
            } catch (IOException e) {
                throw new IllegalStateException(method + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** An HTTP answer with helpers for JSON bodies. */
    public record Answer(HttpResponse<byte[]> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray jsonArray() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (HTTP " + status() + "): " + body(), e);
            }
        }

        @Override
        public String toString() {
            return "HTTP " + status() + " " + body();
        }
    }

    // --- database ---------------------------------------------------------------------------------------

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + prop("podium.it.db.host", "127.0.0.1") + ":" + prop("podium.it.db.port", "5432")
                + "/" + database;
    }

    /** A connection to the run's database, for assertions on what was stored. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(prop("podium.it.db.name", "podium_it")),
                prop("podium.it.db.user", "postgres"), "");
    }

    public static void recreateDatabase(String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + database);
        }
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), prop("podium.it.db.user", "postgres"), "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    public static String prop(String key, String fallback) {
        return System.getProperty(key, fallback);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
