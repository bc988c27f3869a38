package de.podium.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TypedDateTimesTest {

    private static final Optional<LocalDateTime> NINE = Optional.of(LocalDateTime.of(2016, 12, 16, 9, 0));

    @ParameterizedTest
    @ValueSource(strings = {"16.12.2016 09:00", "16.12.2016 9:00", " 16.12.2016  9:00 ", "16.12.2016, 09:00 Uhr",
            "2016-12-16 09:00", "2016-12-16 9:00", "2016-12-16T09:00"})
    void germanAndEnglishFormsWithOrWithoutLeadingZeroAreUnderstood(String typed) {
        assertEquals(NINE, TypedDateTimes.parse(typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "16.12.2016", "31.02.2016 10:00", "16.12.2016 25:00", "morgen 10 Uhr", "12/16/2016 9:00 AM"})
    void whatIsNoDateAndTimeIsRefused(String typed) {
        assertTrue(TypedDateTimes.parse(typed).isEmpty(), typed);
    }

    @Test
    void fieldsAreFilledInThePagesFormat() {
        LocalDateTime start = LocalDateTime.of(2027, 3, 4, 9, 30);
        assertEquals("04.03.2027 09:30", TypedDateTimes.format(Texts.GERMAN, start));
        assertEquals("2027-03-04 09:30", TypedDateTimes.format(Texts.ENGLISH, start));
    }
}
