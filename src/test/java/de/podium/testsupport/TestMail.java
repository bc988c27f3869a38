package de.podium.testsupport;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The test run's SMTP server (GreenMail), started before Podium so that the app sends real mail to it.
 * It can be stopped and started again on the same port to play an SMTP outage.
 */
public final class TestMail {

    private static TestMail instance;

    private final int port;
    private GreenMail greenMail;

    private TestMail(int port) {
        this.port = port;
        start();
    }

    public static synchronized TestMail get() {
        if (instance == null) {
            instance = new TestMail(PodiumServer.freePort());
        }
        return instance;
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized List<MimeMessage> all() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Mails to one address, waiting up to the timeout until at least {@code count} have arrived. */
    public List<MimeMessage> awaitTo(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = to(address);
        while (found.size() < count && System.nanoTime() < deadline) {
            sleep();
            found = to(address);
        }
        return found;
    }

    /** Mails to {@code address} that match, once at least one does (other tests may mail the same address). */
    public List<MimeMessage> awaitTo(String address, java.util.function.Predicate<MimeMessage> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = to(address).stream().filter(matching).toList();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            sleep();
            found = to(address).stream().filter(matching).toList();
        }
        return found;
    }

    public List<MimeMessage> to(String address) {
        return all().stream().filter(m -> recipients(m).contains(address.toLowerCase())).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()).toLowerCase();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
