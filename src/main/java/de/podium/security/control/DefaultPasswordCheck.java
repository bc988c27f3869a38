package de.podium.security.control;

import java.util.List;
import java.util.Optional;

/**
 * The production profile must not run with accounts whose password everybody can read in the README.
 * Pure function of the profile and the accounts concerned, so that it is testable without a container.
 */
public final class DefaultPasswordCheck {

    public static final String PRODUCTION = "production";

    private DefaultPasswordCheck() {
    }

    /** @return the reason start-up must stop, if any */
    public static Optional<String> refusal(String profile, List<String> accountsWithDefaultPassword) {
        if (!PRODUCTION.equals(profile) || accountsWithDefaultPassword.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("podium.profile=production but these accounts still have a default password: "
                + String.join(", ", accountsWithDefaultPassword)
                + " (set podium.demo.password before the demo data is loaded, or change the passwords)");
    }
}
