package de.podium.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XlsxDimensionTest {

    @Test
    void columnsAreNamedLikeSpreadsheetsNameThem() {
        assertEquals("A", XlsxDimension.column(0));
        assertEquals("N", XlsxDimension.column(13));
        assertEquals("Z", XlsxDimension.column(25));
        assertEquals("AA", XlsxDimension.column(26));
        assertEquals("BA", XlsxDimension.column(52));
    }
}
