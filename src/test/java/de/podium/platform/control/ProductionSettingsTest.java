package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private final Map<String, String> config = new HashMap<>(Map.of(
            "podium.profile", "production",
            "podium.db.url", "jdbc:postgresql://db:5432/podium",
            "podium.db.password", "s3cret",
            "podium.mail.transport", "smtp",
            "podium.mail.smtp.host", "mail.example.org",
            "podium.base-url", "https://podium.example.org",
            "podium.security.secure-cookies", "true"));

    private Optional<String> refusal() {
        return ProductionSettings.refusal(key -> Optional.ofNullable(config.get(key)));
    }

    private String refusedWith(String key, String value) {
        if (value == null) {
            config.remove(key);
        } else {
            config.put(key, value);
        }
        String reason = refusal().orElseThrow(() -> new AssertionError(key + "=" + value + " was accepted"));
        assertTrue(reason.contains(key), reason);
        assertFalse(reason.contains("\n"), "one line");
        return reason;
    }

    @Test
    void completeProductionSettingsStart() {
        assertEquals(Optional.empty(), refusal());
    }

    @Test
    void developmentDemandsNothing() {
        config.clear();
        config.put("podium.profile", "development");
        assertEquals(Optional.empty(), refusal());
    }

    @Test
    void embeddedDatabaseIsRefused() {
        refusedWith("podium.db.url", "jdbc:h2:file:./data/podium;MODE=LEGACY");
        refusedWith("podium.db.url", null);
    }

    @Test
    void defaultDatabasePasswordIsRefused() {
        refusedWith("podium.db.password", "podium");
    }

    @Test
    void mailFolderInsteadOfSmtpIsRefused() {
        refusedWith("podium.mail.transport", "folder");
    }

    @Test
    void missingSmtpHostIsRefused() {
        refusedWith("podium.mail.smtp.host", " ");
    }

    @Test
    void localSmtpHostIsRefused() {
        for (String local : new String[] {"localhost", "LOCALHOST", "127.0.0.1", "127.0.1.1", "::1", "0.0.0.0"}) {
            String reason = refusedWith("podium.mail.smtp.host", local);
            assertTrue(reason.contains("podium.mail.smtp.host must name the SMTP server, not localhost"), reason);
        }
        // the default of the key is localhost: leaving it unset in production is refused as well
        refusedWith("podium.mail.smtp.host", null);
    }

    @Test
    void localOrMalformedBaseUrlIsRefused() {
        refusedWith("podium.base-url", "http://localhost:8080");
        refusedWith("podium.base-url", "http://127.0.0.1:8080");
        refusedWith("podium.base-url", "podium.example.org");
        refusedWith("podium.base-url", "ftp://podium.example.org");
    }

    @Test
    void insecureCookiesAreRefused() {
        refusedWith("podium.security.secure-cookies", "false");
        refusedWith("podium.security.secure-cookies", null);
    }

    @Test
    void everyProblemIsNamedInTheOneLine() {
        config.put("podium.db.url", "jdbc:h2:mem:x");
        config.put("podium.security.secure-cookies", "false");
        String reason = refusal().orElseThrow();
        assertTrue(reason.contains("podium.db.url") && reason.contains("podium.security.secure-cookies"), reason);
        assertFalse(reason.contains("podium.mail.transport"), reason);
    }
}
