package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadTempFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void uploadsWaitInsideTheDataDirectoryAndWhatAKilledRunLeftIsRemovedAtStart() throws Exception {
        Path uploads = UploadTempFiles.directory(dataDir);
        assertTrue(uploads.startsWith(dataDir.toAbsolutePath()), uploads.toString());
        Files.createDirectories(uploads);
        Path left = Files.write(uploads.resolve("MIME1234.tmp"), new byte[1024]);
        assertEquals(1, UploadTempFiles.clear(uploads));
        assertFalse(Files.exists(left));
        assertTrue(Files.isDirectory(uploads));
    }
}
