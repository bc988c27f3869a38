package de.podium.security.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DefaultPasswordCheckTest {

    @Test
    void productionRefusesDefaultPasswordsAndNamesTheAccounts() {
        String reason = DefaultPasswordCheck.refusal("production", List.of("admin@podium.example")).orElseThrow();
        assertTrue(reason.contains("admin@podium.example"), reason);
        assertTrue(reason.contains("podium.demo.password"), reason);
    }

    @Test
    void developmentToleratesDefaultPasswords() {
        assertTrue(DefaultPasswordCheck.refusal("development", List.of("admin@podium.example")).isEmpty());
    }

    @Test
    void productionWithoutDefaultPasswordsStarts() {
        assertTrue(DefaultPasswordCheck.refusal("production", List.of()).isEmpty());
    }
}
