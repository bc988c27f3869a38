package de.podium.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.bind.annotation.JsonbProperty;

import org.junit.jupiter.api.Test;

import de.podium.platform.control.MultiLine;

class StrictBodyTest {

    public static class Talk {
        public String title;
        @MultiLine
        @JsonbProperty("abstract")
        public String summary;
        public Integer durationMinutes;
        public Boolean pinned;
        public List<Person> speakers;
        public Map<String, Object> answers;
    }

    public static class Person {
        public String lastName;
        public String email;
    }

    public record Token(String token) {
    }

    private static Refusal refused(String json, Class<?> type) {
        Optional<Refusal> refusal = StrictBody.json(json, type);
        assertTrue(refusal.isPresent(), "refused: " + json);
        return refusal.get();
    }

    private static List<String> fields(Refusal refusal) {
        return refusal.fields().stream().map(Refusal.FieldKey::field).toList();
    }

    @Test
    void acceptsAWellFormedBody() {
        assertEquals(Optional.empty(), StrictBody.json("{\"title\":\"Begrüßung\",\"abstract\":\"Zeile 1\\r\\n\\tZeile 2\","
                + "\"durationMinutes\":30,\"speakers\":[{\"lastName\":\"Reuß\"}],\"answers\":{\"diet\":[\"VEGAN\"]}} \n",
                Talk.class));
    }

    @Test
    void refusesDataAfterTheJson() {
        assertEquals(400, refused("{\"title\":\"x\"} {\"title\":\"y\"}", Talk.class).status());
        assertEquals(400, refused("{\"title\":\"x\"}garbage", Talk.class).status());
    }

    @Test
    void refusesAnArrayWhereTextBelongsAndNamesTheField() {
        Refusal refusal = refused("{\"speakers\":[{\"email\":[\"a@b.example\"]}]}", Talk.class);
        assertEquals(400, refusal.status());
        assertEquals(List.of("speakers[0].email"), fields(refusal));
    }

    @Test
    void refusesTextWhereANumberOrYesNoBelongs() {
        assertEquals(List.of("durationMinutes", "pinned"),
                fields(refused("{\"durationMinutes\":\"30\",\"pinned\":\"yes\"}", Talk.class)));
    }

    @Test
    void controlCharactersAtAnyDepthAre422NamingTheJsonPath() {
        Refusal refusal = refused("{\"title\":\"a\\u0000b\",\"speakers\":[{\"lastName\":\"x\\u0085\"}],"
                + "\"answers\":{\"note\":[\"\\u0007\"]}}", Talk.class);
        assertEquals(422, refusal.status());
        assertEquals(List.of("title", "speakers[0].lastName", "answers.note[0]"), fields(refusal));
    }

    @Test
    void singleLineFieldsRefuseLineBreaksMultiLineFieldsKeepThem() {
        assertEquals(List.of("title"), fields(refused("{\"title\":\"a\\nb\",\"abstract\":\"a\\nb\"}", Talk.class)));
        assertEquals(List.of("abstract"), fields(refused("{\"abstract\":\"a\\u0000b\"}", Talk.class)));
    }

    @Test
    void aTokenWithControlCharactersIsMalformed() {
        Refusal refusal = refused("{\"token\":\"abc\\u0000\"}", Token.class);
        assertEquals(400, refusal.status());
        assertEquals(List.of("token"), fields(refusal));
    }

    @Test
    void onlyUtf8IsAccepted() {
        assertEquals(Optional.empty(), StrictBody.charset(null));
        assertEquals(Optional.empty(), StrictBody.charset("utf-8"));
        assertEquals(Optional.empty(), StrictBody.charset("\"UTF-8\""));
        assertEquals(415, StrictBody.charset("ISO-8859-1").orElseThrow().status());
        assertEquals(415, StrictBody.charset("no-such-charset").orElseThrow().status());
    }

    @Test
    void invalidUtf8IsNotReplacedSilently() {
        assertEquals(null, StrictBody.utf8(new byte[] {'"', 'J', (byte) 0xFC, 'r', '"'}));
        assertEquals("Jürgen", StrictBody.utf8("Jürgen".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
