package de.podium.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.podium.platform.control.RequestsInFlight;

/** The sender leaves the CPU to a rush of requests, one batch per pause, and sends everything once it is over. */
class OutboxSenderPauseTest {

    private int started;

    @BeforeEach
    void forgetEarlierPeaks() {
        RequestsInFlight.peakSinceLastAsked();
    }

    @AfterEach
    void endRequests() {
        for (; started > 0; started--) {
            RequestsInFlight.ended();
        }
    }

    /**
     * Requests beyond the HTTP workers wait in Payara's queue and are not in flight, so a threshold at or above the
     * worker count would never be crossed: the sender would render mails through every rush.
     */
    @Test
    void theDefaultThresholdIsBelowTheHttpWorkers() throws Exception {
        java.util.regex.Matcher workers = java.util.regex.Pattern.compile("http-thread-pool\\.max-thread-pool-size=(\\d+)")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("config", "payara-preboot.asadmin")));
        assertTrue(workers.find(), "payara-preboot.asadmin sets the HTTP workers");
        java.util.Properties config = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("config", "microprofile-config.properties"))) {
            config.load(in);
        }
        int threshold = Integer.parseInt(config.getProperty("podium.mail.busy-requests"));
        String annotated = MailSettings.class.getDeclaredField("busyRequests")
                .getAnnotation(org.eclipse.microprofile.config.inject.ConfigProperty.class).defaultValue();
        assertTrue(threshold == Integer.parseInt(annotated), "config/ and the code say the same");
        assertTrue(threshold > 0 && threshold < Integer.parseInt(workers.group(1)),
                threshold + " requests in flight must be possible with " + workers.group(1) + " workers");
    }

    @Test
    void aQuietNodeSendsEveryBatch() {
        OutboxSender sender = sender(2, 60);
        assertFalse(sender.pausingForRequests());
        assertFalse(sender.pausingForRequests());
    }

    @Test
    void aBusyNodeSendsOneBatchThenPausesUntilTheRushIsOver() {
        OutboxSender sender = sender(2, 60);
        requests(3);
        assertFalse(sender.pausingForRequests(), "one batch goes out at once");
        assertTrue(sender.pausingForRequests(), "the next waits for the pause");
        endRequests();
        assertFalse(sender.pausingForRequests(), "the rush is over: everything due goes out");
    }

    @Test
    void aNodeThatWasBusySinceTheLastLookIsBusyEvenIfItLooksQuietNow() {
        OutboxSender sender = sender(2, 60);
        requests(3);
        assertFalse(sender.pausingForRequests(), "one batch goes out at once");
        endRequests();
        requests(3);
        endRequests();
        assertTrue(sender.pausingForRequests(), "three at once since the last look, none now: still a rush");
        assertFalse(sender.pausingForRequests(), "nothing since: the rush is over");
    }

    @Test
    void afterThePauseTheNextBatchGoesOutEvenWhileBusy() {
        OutboxSender sender = sender(2, 0);
        requests(3);
        assertFalse(sender.pausingForRequests());
        assertFalse(sender.pausingForRequests(), "a zero pause never holds mail back");
    }

    @Test
    void zeroMeansNeverPause() {
        OutboxSender sender = sender(0, 60);
        requests(50);
        assertFalse(sender.pausingForRequests());
        assertFalse(sender.pausingForRequests());
    }

    private void requests(int n) {
        for (int i = 0; i < n; i++) {
            RequestsInFlight.started();
            started++;
        }
    }

    private static OutboxSender sender(int busyRequests, long pauseSeconds) {
        MailSettings settings = new MailSettings();
        settings.busyRequests = busyRequests;
        settings.busyPauseSeconds = pauseSeconds;
        OutboxSender sender = new OutboxSender();
        sender.settings = settings;
        return sender;
    }
}
