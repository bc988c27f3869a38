package de.podium.documents.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where documents live on disk: finished background runs and scratch space for slide conversion. */
@ApplicationScoped
public class DocumentFiles {

    @Inject
    @ConfigProperty(name = "podium.data.dir", defaultValue = "./data")
    String dataDir;

    public Path jobFile(long jobId) {
        return Path.of(dataDir, "documents", "job-" + jobId + ".pdf");
    }

    public Path workDirectory() {
        try {
            Path work = Path.of(dataDir, "documents", "work");
            Files.createDirectories(work);
            return Files.createTempDirectory(work, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
