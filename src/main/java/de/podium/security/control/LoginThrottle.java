package de.podium.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing. After too many failed sign-ins for one account within the window, further
 * attempts for it are refused until the oldest failure leaves the window. An address with too many failures
 * (a whole office may sign in from behind one, so its limit is higher) has no say over accounts without failures of
 * their own: their first attempt is checked as usual, so the right password of someone else in the office is never
 * refused. Accounts that already failed are refused from such an address, and every further failure from it is
 * answered late ({@link #failureDelay}), which slows down guessing across invented accounts. The failures are
 * kept in the database, so the limits are the same however many nodes share the load.
 */
@ApplicationScoped
public class LoginThrottle {

    private LoginFailures failures;
    private int maxFailures;
    private int maxFailuresPerAddress;
    private Duration window;
    private Clock clock;

    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(LoginFailures failures,
                         @ConfigProperty(name = "podium.security.login.max-failures", defaultValue = "5") int maxFailures,
                         @ConfigProperty(name = "podium.security.login.max-failures-per-address", defaultValue = "50")
                         int maxFailuresPerAddress,
                         @ConfigProperty(name = "podium.security.login.window-seconds", defaultValue = "300") long windowSeconds) {
        this(failures, maxFailures, maxFailuresPerAddress, Duration.ofSeconds(windowSeconds), Clock.systemUTC());
    }

    LoginThrottle(LoginFailures failures, int maxFailures, int maxFailuresPerAddress, Duration window, Clock clock) {
        this.failures = failures;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How late a failed attempt from an address over its limit is answered. */
    static final Duration ADDRESS_OVER_LIMIT_DELAY = Duration.ofSeconds(1);

    /** Seconds until another attempt is allowed, or 0 when the caller may try now. */
    public long secondsUntilAllowed(String account, String address) {
        String accountKey = "account:" + normalise(account);
        long accountWait = wait(accountKey, maxFailures);
        if (accountWait > 0 || failures.since(accountKey, clock.instant().minus(window)).isEmpty()) {
            return accountWait;
        }
        return wait("address:" + address, maxFailuresPerAddress);
    }

    /** How long to hold back the answer to a failed attempt: zero, unless its address is over its limit. */
    public Duration failureDelay(String address) {
        return wait("address:" + address, maxFailuresPerAddress) > 0 ? ADDRESS_OVER_LIMIT_DELAY : Duration.ZERO;
    }

    public void recordFailure(String account, String address) {
        Instant now = clock.instant();
        failures.add("account:" + normalise(account), now, now.minus(window));
        failures.add("address:" + address, now, now.minus(window));
    }

    public void recordSuccess(String account) {
        failures.clear("account:" + normalise(account));
    }

    private long wait(String key, int limit) {
        Instant now = clock.instant();
        List<Instant> recent = failures.since(key, now.minus(window));
        if (recent.size() < limit) {
            return 0;
        }
        return Math.max(1, Duration.between(now, recent.get(0).plus(window)).toSeconds());
    }

    private static String normalise(String account) {
        return account == null ? "" : account.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
