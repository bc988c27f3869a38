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

    @Test
    void formUploadsLeftByAKilledRunAreRemovedAndTheContainersOtherFilesStay() throws Exception {
        Path forms = UploadTempFiles.formDirectory(dataDir);
        Files.createDirectories(forms);
        Path left = Files.write(forms.resolve("upload__6122052e_1a23e41cbc5__8000_00000001.tmp"), new byte[1024]);
        Path containers = Files.write(forms.resolve("other.bin"), new byte[16]);
        assertEquals(1, UploadTempFiles.clearFormUploads(forms));
        assertFalse(Files.exists(left));
        assertTrue(Files.exists(containers));
        assertEquals(0, UploadTempFiles.clearFormUploads(dataDir.resolve("missing")));
    }
}
