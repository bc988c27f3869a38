package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import de.podium.testsupport.PodiumServer.Answer;

/** Sends a circular over the API the way a client must: preview first, then send with the preview's confirmation. */
public final class Circulars {

    private Circulars() {
    }

    public static Answer previewAndSend(String slug, String mailing) {
        PodiumServer podium = PodiumServer.get();
        Answer preview = podium.post("/api/conferences/" + slug + "/mailings/preview", mailing).asOrganizer().send();
        assertEquals(200, preview.status(), preview::toString);
        return podium.post("/api/conferences/" + slug + "/mailings",
                confirmed(mailing, preview.json().getString("confirmation"))).asOrganizer().send();
    }

    public static String confirmed(String mailing, String confirmation) {
        JsonObject body = Json.createReader(new StringReader(mailing)).readObject();
        return Json.createObjectBuilder(body).add("confirmation", confirmation).build().toString();
    }
}
