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
 * Where uploads wait while they are read: {@code ${podium.data.dir}/tmp/uploads} (API) and {@code …/tmp/servlet}
 * (form uploads, the servlet container's temp directory), inside the data directory that operators size and back
 * up, not the system temp directory. What a killed process left there is removed at start.
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

    /** Where the servlet container keeps form uploads while reading them (payara-web.xml's {@code tempdir}). */
    public static Path formDirectory(Path dataDir) {
        return dataDir.resolve("tmp").resolve("servlet").toAbsolutePath().normalize();
    }

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        int removed = clear(directory()) + clearFormUploads(formDirectory(Path.of(dataDir)));
        if (removed > 0) {
            LOG.info("removed " + removed + " upload temp files left from an earlier run");
        }
    }

    /**
     * Removes the container's form-upload files ({@code upload_….tmp}) a killed process left; the directory itself
     * belongs to the container, which may keep other files there.
     */
    static int clearFormUploads(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> left = Files.list(directory)) {
            int removed = 0;
            for (Path path : left.filter(p -> p.getFileName().toString().startsWith("upload_")
                    && p.getFileName().toString().endsWith(".tmp")).toList()) {
                removed += Files.deleteIfExists(path) ? 1 : 0;
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the form upload directory " + directory, e);
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
