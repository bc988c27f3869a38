package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;

/** An operator who points Podium at a wrong database learns it from one line, and the process ends. */
class StartupFailureIT {

    @Test
    void unreachableDatabaseStopsStartWithOneLine() throws Exception {
        Result result = start("jdbc:postgresql://127.0.0.1:1/podium");
        assertEquals(3, result.exitCode, result.output);
        assertTrue(result.failureLine().contains("database jdbc:postgresql://127.0.0.1:1/podium is unreachable"),
                result.failureLine());
    }

    @Test
    void failingMigrationStopsStartWithOneLine() throws Exception {
        PodiumServer.recreateDatabase("podium_it_broken");
        String url = PodiumServer.jdbcUrl("podium_it_broken");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE conference (id INT)");
        }
        Result result = start(url);
        assertEquals(3, result.exitCode, result.output);
        assertTrue(result.failureLine().contains("database migration failed"), result.failureLine());
    }

    @Test
    void productionProfileRefusesTheDefaultDemoPassword() throws Exception {
        PodiumServer.recreateDatabase("podium_it_production");
        Result result = start(PodiumServer.jdbcUrl("podium_it_production"), "PODIUM_PROFILE", "production",
                "PODIUM_DB_PASSWORD", "not-the-default", "PODIUM_MAIL_TRANSPORT", "smtp",
                "PODIUM_MAIL_SMTP_HOST", "mail.podium.example", "PODIUM_BASE_URL", "https://podium.example.org",
                "PODIUM_SECURITY_SECURE_COOKIES", "true");
        assertEquals(3, result.exitCode, result.output);
        assertTrue(result.failureLine().contains("admin@podium.example"), result.failureLine());
    }

    @Test
    void productionProfileRefusesAnSmtpServerOnLocalhost() throws Exception {
        Path dataDir = Files.createTempDirectory("podium-data");
        Result result = start(PodiumServer.jdbcUrl("podium_it_production"), "PODIUM_PROFILE", "production",
                "PODIUM_DB_PASSWORD", "not-the-default", "PODIUM_MAIL_TRANSPORT", "smtp",
                "PODIUM_MAIL_SMTP_HOST", "127.0.0.1", "PODIUM_BASE_URL", "https://podium.example.org",
                "PODIUM_SECURITY_SECURE_COOKIES", "true", "PODIUM_DATA_DIR", dataDir.toString());
        assertEquals(3, result.exitCode, result.output);
        String line = result.failureLine();
        assertTrue(line.contains("podium.mail.smtp.host must name the SMTP server, not localhost"), line);
        for (String key : List.of("podium.db.url", "podium.db.password", "podium.mail.transport", "podium.base-url",
                "podium.security.secure-cookies")) {
            assertFalse(line.contains(key), "only the SMTP host is wrong, yet " + key + " is named: " + line);
        }
    }

    @Test
    void productionProfileNamesEveryMissingSettingBeforeTouchingTheDatabase() throws Exception {
        Path dataDir = Files.createTempDirectory("podium-data");
        Result result = start("jdbc:h2:file:" + dataDir + "/podium;MODE=LEGACY", "PODIUM_PROFILE", "production",
                "PODIUM_DATA_DIR", dataDir.toString());
        assertEquals(3, result.exitCode, result.output);
        String line = result.failureLine();
        for (String key : List.of("podium.db.url", "podium.db.password", "podium.mail.transport", "podium.base-url",
                "podium.security.secure-cookies")) {
            assertTrue(line.contains(key), key + " not named: " + line);
        }
        try (var files = Files.list(dataDir)) {
            assertEquals(List.of(), files.toList(), "the refused start created files in the data directory");
        }
    }

    private static Result start(String databaseUrl, String... environment) throws Exception {
        Path log = Files.createTempFile("podium-startup", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("podium.it.jar", "target/podium.jar"), "--port", Integer.toString(freePort()), "--nocluster")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PODIUM_DB_URL", databaseUrl);
        builder.environment().put("PODIUM_DB_USER", "postgres");
        builder.environment().put("PODIUM_DATA_DIR", Files.createTempDirectory("podium-data").toString());
        for (int i = 0; i + 1 < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Podium kept running with a broken database:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Result(int exitCode, String output) {
        String failureLine() {
            List<String> lines = output.lines().filter(l -> l.startsWith("PODIUM CANNOT START:")).toList();
            assertEquals(1, lines.size(), output);
            return lines.get(0);
        }
    }
}
