package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

/**
 * The backup an operator takes with docker/backup.sh (pg_dump and the data directory) restores with
 * docker/restore.sh into a fresh database and directory, and Podium comes up on it with the data and uploads.
 */
class BackupRestoreIT {

    @Test
    void backupRestoresIntoAFreshDatabaseAndPodiumStartsOnIt() throws Exception {
        PodiumServer podium = PodiumServer.get();
        long talk = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send().json()
                .getJsonArray("talks").getValuesAs(JsonObject.class).get(0).getJsonNumber("id").longValue();
        byte[] slides = ("%PDF-1.4\n% backup " + System.nanoTime() + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(201, uploadSlides(podium, talk, slides).status());

        Path target = Path.of(PodiumServer.prop("podium.it.jar", "target/podium.jar")).toAbsolutePath().getParent();
        Path backup = target.resolve("it-backup");
        Path restoredData = target.resolve("it-restored-data");
        deleteTree(backup);
        deleteTree(restoredData);
        String source = PodiumServer.prop("podium.it.db.name", "podium_it");
        String restored = source + "_restored";
        Path scripts = target.getParent().resolve("docker");

        run(Map.of("PGDATABASE", source, "PODIUM_DATA_DIR", target.resolve("it-data").toString()),
                scripts.resolve("backup.sh").toString(), backup.toString());
        PodiumServer.recreateDatabase(restored);
        run(Map.of("PGDATABASE", restored, "PODIUM_DATA_DIR", restoredData.toString()),
                scripts.resolve("restore.sh").toString(), backup.toString());

        int port = PodiumServer.freePort();
        Path log = target.resolve("podium-restored.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", target.resolve("podium.jar").toString(), "--port", Integer.toString(port), "--nocluster")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("PODIUM_DB_URL", PodiumServer.jdbcUrl(restored),
                "PODIUM_DB_USER", PodiumServer.prop("podium.it.db.user", "postgres"),
                "PODIUM_DATA_DIR", restoredData.toString(),
                "PODIUM_DEMO", "false")); // everything must come from the backup
        Process restoredPodium = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            awaitReady(http, port, restoredPodium, log);
            HttpResponse<String> conference = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/conferences/" + PodiumServer.DEMO_SLUG)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, conference.statusCode(), conference.body());
            assertTrue(conference.body().contains("\"slug\":\"" + PodiumServer.DEMO_SLUG + "\""), conference.body());

            HttpResponse<byte[]> restoredSlides = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (PodiumServer.ORGANIZER + ":" + PodiumServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, restoredSlides.statusCode(), "accounts, talks and the upload were restored");
            assertArrayEquals(slides, restoredSlides.body());
        } finally {
            restoredPodium.destroy();
            if (!restoredPodium.waitFor(30, TimeUnit.SECONDS)) {
                restoredPodium.destroyForcibly();
            }
        }
    }

    private static Answer uploadSlides(PodiumServer podium, long talk, byte[] content) {
        String boundary = "----backup" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"talk.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return podium.call("PUT", "/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides")
                .bytes("multipart/form-data; boundary=" + boundary, body.toByteArray()).asOrganizer().send();
    }

    private static void run(Map<String, String> environment, String... command) throws Exception {
        Path output = Files.createTempFile("podium-backup", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(Map.of("PGHOST", PodiumServer.prop("podium.it.db.host", "127.0.0.1"),
                "PGPORT", PodiumServer.prop("podium.it.db.port", "5432"),
                "PGUSER", PodiumServer.prop("podium.it.db.user", "postgres")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "script did not end");
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + Files.readString(output));
    }

    private static void awaitReady(HttpClient http, int port, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Podium on the restored database exited:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Podium on the restored database was not ready in time");
    }

    private static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
