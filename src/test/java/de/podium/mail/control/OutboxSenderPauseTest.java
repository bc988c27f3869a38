package de.podium.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import de.podium.platform.control.RequestsInFlight;

/** The sender leaves the CPU to a rush of requests, one batch per pause, and sends everything once it is over. */
class OutboxSenderPauseTest {

    private int started;

    @AfterEach
    void endRequests() {
        for (; started > 0; started--) {
            RequestsInFlight.ended();
        }
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
