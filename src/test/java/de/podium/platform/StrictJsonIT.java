package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Issue #16, item 10: JSON-B read leniently: data after the JSON was ignored, an array stored as the text of a string
 * field, bytes that are not UTF-8 stored as U+FFFD and a declared ISO-8859-1 ignored ("J�rgen"). Each is now refused
 * and nothing is stored.
 */
class StrictJsonIT {

    static PodiumServer podium;
    static String slug;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
    }

    private static String url() {
        return "/api/conferences/" + slug + "/registrations";
    }

    private static long stored(String email) throws Exception {
        return RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE email = ?", email);
    }

    @Test
    void dataAfterTheJsonIs400() throws Exception {
        String email = RegistrationFixtures.email();
        Answer answer = podium.post(url(), RegistrationFixtures.person("GUEST", email) + "{\"more\":1}").send();
        assertEquals(400, answer.status(), answer::toString);
        assertEquals(0, stored(email));
    }

    @Test
    void jsonNestedFiveThousandLevelsDeepIs400() throws Exception {
        Answer answer = podium.post(url(), "[".repeat(5000) + "]".repeat(5000)).send();
        assertEquals(400, answer.status(), answer::toString);
    }

    @Test
    void anArrayWhereTheEmailBelongsIs400NamingTheField() throws Exception {
        String email = RegistrationFixtures.email();
        String json = RegistrationFixtures.person("GUEST", email).replace("\"" + email + "\"", "[\"" + email + "\"]");
        Answer answer = podium.post(url(), json).language("en").send();
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("email", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer::toString);
        assertEquals(0, stored(email));
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        String email = RegistrationFixtures.email();
        String[] parts = RegistrationFixtures.person("GUEST", email).split("Reuß");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {'J', (byte) 0xFC, 'r', 'g', 'e', 'n'});
        body.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        Answer answer = podium.call("POST", url()).bytes("application/json", body.toByteArray()).send();
        assertEquals(400, answer.status(), answer::toString);
        assertEquals(0, stored(email));
    }

    @Test
    void aCharsetOtherThanUtf8Is415() throws Exception {
        String email = RegistrationFixtures.email();
        Answer answer = podium.call("POST", url()).bytes("application/json; charset=ISO-8859-1",
                RegistrationFixtures.person("GUEST", email).getBytes(StandardCharsets.ISO_8859_1)).send();
        assertEquals(415, answer.status(), answer::toString);
        assertEquals(0, stored(email));
    }

    @Test
    void aCleanBodyInUtf8IsStillTaken() throws Exception {
        String email = RegistrationFixtures.email();
        Answer answer = podium.call("POST", url()).bytes("application/json; charset=utf-8",
                RegistrationFixtures.person("GUEST", email).getBytes(StandardCharsets.UTF_8)).send();
        assertEquals(201, answer.status(), answer::toString);
        assertTrue(RegistrationFixtures.column(answer.json().getJsonNumber("id").longValue(), "last_name")
                .equals("Reuß"));
    }
}
