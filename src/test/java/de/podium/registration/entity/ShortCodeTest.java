package de.podium.registration.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The check-in code people read off a badge and type: no 0/O/1/I, any case, spaces and dashes ignored. */
class ShortCodeTest {

    @Test
    void codesUseOnlyCharactersThatCannotBeMisread() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = ShortCode.random();
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{8}"), code);
            seen.add(code);
        }
        assertEquals(2000, seen.size(), "random, not repeating");
    }

    @Test
    void typedCodesAreReadInAnyCaseWithSpacesOrDashes() {
        assertEquals(Optional.of("ABCD2345"), ShortCode.parse(" abcd-2345 "));
        assertEquals(Optional.of("ABCD2345"), ShortCode.parse("ABCD 2345"));
    }

    @Test
    void anythingElseIsNoShortCode() {
        assertEquals(Optional.empty(), ShortCode.parse("ABCD0345"), "0 is not in the alphabet");
        assertEquals(Optional.empty(), ShortCode.parse("ABCDI345"), "I is not in the alphabet");
        assertEquals(Optional.empty(), ShortCode.parse("ABCD234"), "too short");
        assertEquals(Optional.empty(), ShortCode.parse("x3Yq9Lm2kP0aZ7bN5cV8dR1eT4fG6hJ0iK2lM3nO5p"), "a QR payload");
        assertEquals(Optional.empty(), ShortCode.parse(null));
    }
}
