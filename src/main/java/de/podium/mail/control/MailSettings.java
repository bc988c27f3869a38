package de.podium.mail.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;


/** Mail configuration; README lists the keys. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "podium.mail.transport", defaultValue = "folder")
    String transport;

    @Inject
    @ConfigProperty(name = "podium.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "podium.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "podium.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "podium.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "podium.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "podium.mail.from", defaultValue = "podium@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "podium.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "podium.mail.poll-seconds", defaultValue = "2")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "podium.mail.retry.initial-seconds", defaultValue = "30")
    long initialRetrySeconds;

    @Inject
    @ConfigProperty(name = "podium.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "podium.mail.rate-per-minute", defaultValue = "0")
    int ratePerMinute;

    @Inject
    @ConfigProperty(name = "podium.mail.busy-requests", defaultValue = "12")
    int busyRequests;

    @Inject
    @ConfigProperty(name = "podium.mail.busy-pause-seconds", defaultValue = "5")
    long busyPauseSeconds;

    public boolean writesToFolder() {
        return "folder".equalsIgnoreCase(transport);
    }

    public Path folder() {
        return Path.of(dataDir, "mail-out");
    }

    /** Wait before attempt n+1 after n failed attempts: doubles each time, at most an hour. */
    public Duration backoffAfter(int failedAttempts) {
        long seconds = initialRetrySeconds << Math.min(Math.max(failedAttempts - 1, 0), 16);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    /** How long a claimed message stays with its sender before another node may take it over. */
    public Duration lease() {
        return Duration.ofMinutes(5);
    }

    public String host() { return host; }
    public int port() { return port; }
    public Optional<String> user() { return user.filter(u -> !u.isBlank()); }
    public Optional<String> password() { return password; }
    public boolean startTls() { return startTls; }
    public String from() { return from; }
    public long pollSeconds() { return Math.max(1, pollSeconds); }
    public int maxAttempts() { return maxAttempts; }
    public int ratePerMinute() { return ratePerMinute; }
    /** Requests in flight above which the sender pauses between batches (0 = never pause). */
    public int busyRequests() { return busyRequests; }
    public Duration busyPause() { return Duration.ofSeconds(Math.max(0, busyPauseSeconds)); }
}
