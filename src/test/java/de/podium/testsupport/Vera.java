package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** veraPDF's command line (copied into target/verapdf by the build) as the independent judge of a PDF flavour. */
public final class Vera {

    private static final Path CLI = Path.of("target", "verapdf", "verapdf-cli.jar");
    private static final Pattern FAILED = Pattern.compile("<rule [^>]*clause=\"([^\"]*)\"[^>]*testNumber=\"([^\"]*)\"[^>]*status=\"failed\"[^>]*>\\s*<description>([^<]*)");

    private Vera() {
    }

    /** Fails with veraPDF's failed rules unless the file conforms to {@code flavour} (ua1, 2a, 2b, ...). */
    public static void assertConforms(Path pdf, String flavour) throws Exception {
        assertTrue(Files.exists(CLI), "veraPDF missing: run the build (mvn generate-test-resources) first");
        Process check = new ProcessBuilder("java", "-jar", CLI.toString(), "-f", flavour, "--format", "mrr", pdf.toString())
                .redirectErrorStream(true).start();
        String report = new String(check.getInputStream().readAllBytes());
        if (!check.waitFor(300, TimeUnit.SECONDS)) {
            check.destroyForcibly();
            throw new AssertionError("veraPDF did not finish");
        }
        StringBuilder failures = new StringBuilder();
        Matcher m = FAILED.matcher(report);
        while (m.find()) {
            failures.append("\n  ").append(m.group(1)).append('-').append(m.group(2)).append(": ").append(m.group(3).strip());
        }
        assertEquals(0, check.exitValue(), pdf + " is not " + flavour + ":" + (failures.length() > 0 ? failures
                : report.substring(Math.max(0, report.length() - 2000))));
    }
}
