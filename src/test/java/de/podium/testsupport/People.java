package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import de.podium.testsupport.PodiumServer.Answer;

/** Registers people through HTTP, confirms them like the mail link would, and checks them in at the door. */
public final class People {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public record Person(long id, String manageToken, String checkinCode) {
    }

    private People() {
    }

    public static Person register(PodiumServer podium, String slug, String category, String title, String first, String last,
                           String office, String organisation) throws SQLException {
        return register(podium, slug, category, title, first, last, office, organisation, true);
    }

    public static Person register(PodiumServer podium, String slug, String category, String title, String first, String last,
                           String office, String organisation, boolean listed) throws SQLException {
        String email = "doc" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@example.org";
        String body = """
                {"category":"%s","title":%s,"firstName":"%s","lastName":"%s","office":"%s","organisation":"%s",
                 "email":"%s","locale":"de","consent":{"privacyPolicyVersion":"2026-01","listInParticipants":%s}}
                """.formatted(category, title == null ? "null" : "\"" + title + "\"", first, last, office, organisation,
                email, listed);
        Answer created = podium.post("/api/conferences/" + slug + "/registrations", body).send();
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        if ("PENDING_CONFIRMATION".equals(created.json().getString("status"))) {
            Answer confirmed = podium.post("/api/registrations/confirm", "{\"token\":\"" + column(id, "confirm_token") + "\"}").send();
            assertEquals(200, confirmed.status(), confirmed::toString);
        }
        assertEquals("CONFIRMED", column(id, "status"));
        return new Person(id, column(id, "manage_token"), column(id, "checkin_code"));
    }

    public static void checkIn(PodiumServer podium, String slug, Person person) {
        Answer answer = podium.post("/api/conferences/" + slug + "/checkins", "{\"code\":\"" + person.checkinCode() + "\",\"outsideWindow\":true}")
                .asOrganizer().send();
        assertEquals(200, answer.status(), answer::toString);
    }

    public static String column(long id, String column) throws SQLException {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT " + column + " FROM registration WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
