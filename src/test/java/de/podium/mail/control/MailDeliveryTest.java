package de.podium.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .eml copies of the folder transport go when their mail is erased or purged. */
class MailDeliveryTest {

    @Test
    void discardRemovesTheEmlCopyOfOneMailOnly(@TempDir Path data) throws Exception {
        MailSettings settings = new MailSettings();
        settings.dataDir = data.toString();
        MailDelivery delivery = new MailDelivery();
        delivery.settings = settings;
        Files.createDirectories(settings.folder());
        Path mine = Files.writeString(settings.folder().resolve("7.eml"), "To: anna@example.org");
        Path other = Files.writeString(settings.folder().resolve("8.eml"), "To: bernd@example.org");

        delivery.discard(7);
        delivery.discard(9);

        assertFalse(Files.exists(mine));
        assertTrue(Files.exists(other));
    }
}
