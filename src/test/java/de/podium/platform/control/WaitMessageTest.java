package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The "try again" message reads right for one second, which a refused guess at sign-in gets. */
class WaitMessageTest {

    @Test
    void oneSecondAndSeveralSecondsInBothLanguages() {
        assertEquals("Zu viele Versuche. Bitte versuchen Sie es in einer Sekunde erneut.",
                Texts.get(Texts.GERMAN, "error.tooManyRequests", 1L));
        assertEquals("Zu viele Versuche. Bitte versuchen Sie es in 1.800 Sekunden erneut.",
                Texts.get(Texts.GERMAN, "error.tooManyRequests", 1800L));
        assertEquals("Too many attempts. Please try again in one second.",
                Texts.get(Texts.ENGLISH, "error.tooManyRequests", 1L));
        assertEquals("Too many attempts. Please try again in 30 seconds.",
                Texts.get(Texts.ENGLISH, "error.tooManyRequests", 30L));
    }
}
