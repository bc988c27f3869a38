package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;

import org.junit.jupiter.api.Test;

class StrictJsonbTest {

    public static class Room {
        public Integer capacity;
    }

    private final Jsonb jsonb = new StrictJsonb().getContext(Room.class);

    @Test
    void keepsIntegersThatFit() {
        assertEquals(120, jsonb.fromJson("{\"capacity\":120}", Room.class).capacity);
    }

    @Test
    void refusesAnIntegerTooLargeInsteadOfWrappingIt() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"capacity\":99999999999}", Room.class));
    }

    @Test
    void keepsNull() {
        assertEquals(null, jsonb.fromJson("{\"capacity\":null}", Room.class).capacity);
    }

    @Test
    void refusesFractions() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"capacity\":12.5}", Room.class));
    }
}
