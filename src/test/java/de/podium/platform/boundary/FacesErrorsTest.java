package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FacesErrorsTest {

    @Test
    void fieldNamesOfServicesBecomeClientIdsOfRowInputs() {
        assertEquals("conference:title", FacesErrors.clientId("conference", "title"));
        assertEquals("conference:categories:1:code", FacesErrors.clientId("conference", "categories[1].code"));
        assertEquals("conference:tracks:0", FacesErrors.clientId("conference", "tracks[0]"));
    }
}
