package de.podium.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Opt-outs are stored as a keyed hash: matchable for the same address, naming nobody, useless without the key. */
class OptOutsTest {

    @Test
    void theSameAddressInAnyCaseGivesTheSameHash() {
        assertEquals(OptOuts.hash("key", "Anna.Mueller@Example.org "), OptOuts.hash("key", "anna.mueller@example.org"));
    }

    @Test
    void theHashNamesNobodyAndDependsOnTheKey() {
        String hash = OptOuts.hash("key", "anna.mueller@example.org");
        assertFalse(hash.contains("anna") || hash.contains("example"));
        assertEquals(64, hash.length());
        assertNotEquals(hash, OptOuts.hash("another key", "anna.mueller@example.org"));
    }
}
