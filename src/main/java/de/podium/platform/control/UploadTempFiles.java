package de.podium.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where uploads wait while they are read: {@code ${podium.data.dir}/tmp/uploads}, inside the data directory that
 * operators size and back up, not the system temp directory. What a killed process left there is removed at start.
 */
@ApplicationScoped
public class UploadTempFiles {

    private static final Logger LOG = Logger.getLogger(UploadTempFiles.class.getName());

    @Inject
    @ConfigProperty(name = "podium.data.dir", defaultValue = "./data")
    String dataDir;

    public Path directory() {
        return directory(Path.of(dataDir));
    }

    public static Path directory(Path dataDir) {
        return dataDir.resolve("tmp").resolve("uploads").toAbsolutePath().normalize();
    }

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        int removed = clear(directory());
        if (removed > 0) {
            LOG.info("removed " + removed + " upload temp files left from an earlier run");
        }
    }

    /** Empties (and creates) the directory; returns how many files were removed. */
    static int clear(Path directory) {
        try {
            int removed = 0;
            if (Files.isDirectory(directory)) {
                try (Stream<Path> left = Files.walk(directory)) {
                    for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
                        if (!path.equals(directory)) {
                            removed += Files.isDirectory(path) ? 0 : 1;
                            Files.deleteIfExists(path);
                        }
                    }
                }
            }
            Files.createDirectories(directory);
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the upload temp directory " + directory, e);
        }
    }
}
