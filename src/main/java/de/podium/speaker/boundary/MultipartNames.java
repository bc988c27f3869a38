package de.podium.speaker.boundary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Browsers send file names in multipart headers as raw UTF-8; the JAX-RS runtime reads header bytes as
 * ISO-8859-1, so "Präsentation" arrives as "PrÃ¤sentation". Such names are decoded again; names that are not
 * valid UTF-8 stay as they came.
 */
final class MultipartNames {

    private MultipartNames() {
    }

    static String decode(String name) {
        if (name == null || name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }
}
