package de.podium.security.control;

import java.time.Instant;
import java.util.List;

/** Where the throttle keeps recent failed sign-ins; {@link StoredLoginFailures} shares them between nodes. */
public interface LoginFailures {

    /** Times of the key's failures after {@code cutoff}, oldest first. */
    List<Instant> since(String key, Instant cutoff);

    /** Records a failure and forgets every failure (of any key) from before {@code cutoff}. */
    void add(String key, Instant at, Instant cutoff);

    void clear(String key);
}
