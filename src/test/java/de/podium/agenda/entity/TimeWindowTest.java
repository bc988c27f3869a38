package de.podium.agenda.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2016, 12, 16, 10, 0);

    @Test
    void windowMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(TEN, TEN));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(TEN, TEN.minusMinutes(1)));
    }

    @Test
    void windowsWithTheSameSpanAreEqual() {
        assertEquals(new TimeWindow(TEN, TEN.plusHours(1)), new TimeWindow(TEN, TEN.plusHours(1)));
    }
}
