package de.podium.speaker.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MultipartNamesTest {

    @Test
    void utf8ReadAsLatin1IsRepaired() {
        String garbled = new String("Präsentation Überblick.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("Präsentation Überblick.pdf", MultipartNames.decode(garbled));
    }

    @Test
    void namesThatAreNoUtf8StayAsTheyCame() {
        assertEquals("Präsentation.pdf", MultipartNames.decode("Präsentation.pdf"));
        assertEquals("slides.pdf", MultipartNames.decode("slides.pdf"));
        assertEquals(null, MultipartNames.decode(null));
    }
}
