package de.podium.platform.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;

import de.podium.platform.control.ControlCharacters;

/**
 * The rules every request body of the API meets before it is bound: UTF-8 only (another declared charset is 415,
 * bytes that are not UTF-8 are 400), exactly one JSON value with nothing after it, values of the JSON type of their
 * field (400 naming the field), and no control characters in text (422 naming the field, 400 for a token).
 */
final class StrictBody {

    /**
     * Looked up once: {@code Json.createParser} asks the ServiceLoader for a provider on every call, which scans the
     * class path (jar entries under a lock); in a registration rush most request threads queued there.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Larger than any JSON or CSV body the API takes; uploads are multipart and not read here. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private StrictBody() {
    }

    /** 415 unless the declared charset, if any, is UTF-8. */
    static Optional<Refusal> charset(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String name = declared.strip().replace("\"", "");
        try {
            if (Charset.forName(name).equals(StandardCharsets.UTF_8)) {
                return Optional.empty();
            }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // unknown names are refused like any other charset
        }
        return Optional.of(Refusal.of(415, "error.body.charset", name));
    }

    /** The body, at most {@link #MAX_BYTES}; null when it is longer. */
    static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? null : bytes;
    }

    /** The text of the body, or null when its bytes are not UTF-8 (no silent U+FFFD). */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Checks a JSON body bound to {@code type}; empty when it may pass to JSON-B. */
    static Optional<Refusal> json(String text, Type type) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        JsonValue value;
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            try {
                if (parser.hasNext()) {
                    return Optional.of(Refusal.of(400, "error.json.trailing"));
                }
            } catch (JsonException | IllegalStateException e) {
                return Optional.of(Refusal.of(400, "error.json.trailing"));
            }
        } catch (RuntimeException e) {
            // JsonException, IllegalStateException, NoSuchElementException, and Parsson's plain RuntimeException for
            // input nested deeper than 1,000 levels: whatever the parser refuses, the client sent a malformed body
            return Optional.of(Refusal.of(400, "error.malformed"));
        }
        return findings(JsonShape.check(value, type));
    }

    /** A wrong type or a bad token makes the request malformed (400); control characters in text are 422. */
    static Optional<Refusal> findings(List<JsonShape.Finding> findings) {
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        List<Refusal.FieldKey> malformed = new ArrayList<>();
        List<Refusal.FieldKey> invalid = new ArrayList<>();
        for (JsonShape.Finding finding : findings) {
            switch (finding.kind()) {
                case WRONG_TYPE -> malformed.add(new Refusal.FieldKey(finding.field(), "error.json.type"));
                case MALFORMED_TOKEN -> malformed.add(new Refusal.FieldKey(finding.field(), "error.token.malformed"));
                case CONTROL_CHARACTER -> invalid.add(new Refusal.FieldKey(finding.field(),
                        finding.multiLine() ? "error.text.controlMultiLine" : "error.text.control"));
            }
        }
        return Optional.of(malformed.isEmpty() ? new Refusal(422, "error.validation", invalid)
                : new Refusal(400, "error.malformed", malformed));
    }

    /** One text field outside JSON (a path or query parameter, a form field, a CSV body). */
    static Optional<JsonShape.Finding> text(String field, String value, boolean multiLine) {
        if (!ControlCharacters.refused(value, multiLine)) {
            return Optional.empty();
        }
        return Optional.of(new JsonShape.Finding(JsonShape.TOKEN_FIELDS.contains(field)
                ? JsonShape.Kind.MALFORMED_TOKEN : JsonShape.Kind.CONTROL_CHARACTER, field, multiLine));
    }
}
