package de.podium.platform.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What {@code podium.profile=production} demands of the configuration. A pure function of a key lookup, so that
 * every rule is testable without a container; it runs before the first database access, so a production start
 * with the embedded database never even creates it.
 */
public final class ProductionSettings {

    public static final String PRODUCTION = "production";
    static final String DEFAULT_DB_PASSWORD = "podium";

    private ProductionSettings() {
    }

    /** @return the one line that stops start-up, naming every key that is missing or wrong; empty if none */
    public static Optional<String> refusal(Function<String, Optional<String>> config) {
        if (!PRODUCTION.equals(value(config, "podium.profile"))) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        if (!value(config, "podium.db.url").startsWith("jdbc:postgresql:")) {
            problems.add("podium.db.url must be a jdbc:postgresql: URL");
        }
        if (DEFAULT_DB_PASSWORD.equals(value(config, "podium.db.password"))) {
            problems.add("podium.db.password must not be the default");
        }
        if (!"smtp".equals(value(config, "podium.mail.transport"))) {
            problems.add("podium.mail.transport must be smtp");
        }
        String smtpHost = value(config, "podium.mail.smtp.host");
        if (smtpHost.isBlank()) {
            problems.add("podium.mail.smtp.host must name the SMTP server");
        } else if (isLoopback(smtpHost)) {
            // the default; in a container or on a second node it is the node itself, which runs no mail server
            problems.add("podium.mail.smtp.host must name the SMTP server, not localhost");
        }
        if (!isPublic(value(config, "podium.base-url"))) {
            problems.add("podium.base-url must be the public http(s) address, not localhost");
        }
        if (!"true".equals(value(config, "podium.security.secure-cookies"))) {
            problems.add("podium.security.secure-cookies must be true");
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("podium.profile=production but " + String.join("; ", problems));
    }

    private static boolean isPublic(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl);
            String host = uri.getHost();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
                return false;
            }
            return !isLoopback(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** This machine's own addresses, which on another node or in a container are not the server meant. */
    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]")
                || h.equals("::1") || h.equals("0.0.0.0") || h.equals("localhost.localdomain");
    }

    private static String value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::trim).orElse("");
    }
}
