package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import de.podium.testsupport.PodiumServer.Answer;

/** Conferences, people and registrations made through the API, and database look-ups of the result, for integration tests. */
public final class RegistrationFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private RegistrationFixtures() {
    }

    public static Answer register(String slug, String json) {
        return PodiumServer.get().post("/api/conferences/" + slug + "/registrations", json).send();
    }

    public static String status(String email) throws Exception {
        try (var db = PodiumServer.connect();
             var q = db.prepareStatement("SELECT status FROM registration WHERE email = ?")) {
            q.setString(1, email);
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next(), email);
                return rs.getString(1);
            }
        }
    }

    /** A conference of its own for one scenario; categories as JSON snippets. */
    public static String conference(boolean doubleOptIn, Integer capacity, String... categories) {
        String slug = "reg-" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        String body = """
                {"slug":"%s","title":"Registrierungstest","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00",
                 "capacity":%s,"doubleOptIn":%s,"categories":[%s],"tracks":[]}
                """.formatted(slug, capacity == null ? "null" : capacity.toString(), doubleOptIn,
                String.join(",", categories));
        Answer created = PodiumServer.get().post("/api/conferences", body).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        return slug;
    }

    public static String category(String code, Integer capacity, boolean invitationOnly, boolean approval) {
        return """
                {"code":"%s","name":"%s","capacity":%s,"invitationOnly":%s,"approvalRequired":%s}
                """.formatted(code, code, capacity == null ? "null" : capacity.toString(), invitationOnly, approval);
    }

    public static String person(String category, String email) {
        return person(category, email, "Stefan", "Reuß", null);
    }

    public static String person(String category, String email, String first, String last, String invitation) {
        return """
                {"category":"%s","title":"Dr.","firstName":"%s","lastName":"%s",
                 "office":"Landrat des Werra-Meißner-Kreises","organisation":"Werra-Meißner-Kreis",
                 "email":"%s","locale":"de","invitationCode":%s,
                 "consent":{"privacyPolicyVersion":"2026-01","listInParticipants":true}}
                """.formatted(category, first, last, email, invitation == null ? "null" : "\"" + invitation + "\"");
    }

    public static String email() {
        return "person" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@example.org";
    }

    public static long registered(String slug, String json, String expectedStatus) {
        Answer answer = register(slug, json);
        assertEquals(201, answer.status(), answer::toString);
        assertEquals(expectedStatus, answer.json().getString("status"), answer::toString);
        return answer.json().getJsonNumber("id").longValue();
    }

    public static String column(long id, String column) throws SQLException {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT " + column + " FROM registration WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "registration " + id);
                return rs.getString(1);
            }
        }
    }

    public static long count(String sql, Object... args) throws SQLException {
        try (Connection db = PodiumServer.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static String personInLanguage(String email, String locale) {
        return """
                {"category":"INTEGRATION_OFFICER","title":"","firstName":"Anna","lastName":"Müller-Lüdenscheidt",
                 "office":"Integrationsbeauftragte","organisation":"Landkreis Kassel","email":"%s","locale":"%s",
                 "consent":{"privacyPolicyVersion":"2026-01","listInParticipants":false}}
                """.formatted(email, locale);
    }
}
