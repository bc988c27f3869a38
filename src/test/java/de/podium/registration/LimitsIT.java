package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Anonymous abuse limits (issue #16 item 7) on a server of their own with low limits: the shared test server
 * registers thousands of people from this one machine.
 */
class LimitsIT {

    static PodiumServer podium;
    static String slug;

    @BeforeAll
    static void start() {
        podium = PodiumServer.startSeparate("limits", Map.of(
                "PODIUM_HTTP_ANONYMOUS_WRITES_MAX", "5",
                "PODIUM_MAIL_MAX_PER_RECIPIENT_PER_HOUR", "3"));
        slug = "limits-" + System.nanoTime() % 1_000_000;
        Answer created = podium.post("/api/conferences", """
                {"slug":"%s","title":"Limits","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00",
                 "capacity":50,"doubleOptIn":false,"categories":[%s],"tracks":[]}"""
                .formatted(slug, RegistrationFixtures.category("GUEST", 50, false, false))).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
    }

    @AfterAll
    static void stop() {
        if (podium != null) {
            podium.stop();
        }
    }

    private static Answer register(String email, String clientAddress) {
        return podium.post("/api/conferences/" + slug + "/registrations", RegistrationFixtures.person("GUEST", email))
                .header("X-Forwarded-For", clientAddress).send();
    }

    @Test
    void oneClientAddressCannotTakeAllPlaces() throws Exception {
        String address = "203.0.113.10";
        for (int i = 0; i < 5; i++) {
            assertEquals(201, register(RegistrationFixtures.email(), address).status());
        }
        String refusedEmail = RegistrationFixtures.email();
        Answer refused = register(refusedEmail, address);
        assertEquals(429, refused.status(), refused::toString);
        assertEquals("too_many_requests", refused.json().getString("error"));
        assertNotNull(refused.header("Retry-After"), "Retry-After tells when to try again");
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 0);
        assertTrue(refused.json().getString("message").contains("Minuten"), refused::toString);
        assertEquals(0, count("SELECT COUNT(*) FROM registration WHERE email = ?", refusedEmail), "nothing stored");

        assertEquals(201, register(RegistrationFixtures.email(), "203.0.113.11").status(), "another client is not affected");
        Answer organizer = podium.post("/api/conferences/" + slug + "/registrations",
                RegistrationFixtures.person("GUEST", RegistrationFixtures.email())).header("X-Forwarded-For", address)
                .asOrganizer().send();
        assertEquals(201, organizer.status(), "a signed-in organizer is not limited: " + organizer);
    }

    @Test
    void oneMailboxGetsAtMostTheHourlyNumberOfMailsWhateverTheTag() throws Exception {
        String victim = "opfer" + System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, register(victim + "+" + i + "@example.org", "198.51.100." + i).status());
        }
        String fourth = victim + "+4@Example.org";
        Answer refused = register(fourth, "198.51.100.4");
        assertEquals(429, refused.status(), refused::toString);
        assertEquals("mail_limit", refused.json().getString("error"));
        assertNotNull(refused.header("Retry-After"));
        assertEquals(0, count("SELECT COUNT(*) FROM registration WHERE email = ?", fourth.toLowerCase()),
                "the registration that would have mailed is not stored");
        assertEquals(3, count("SELECT COUNT(*) FROM outbox_message WHERE mailbox = ?", victim + "@example.org"));
        assertFalse(podium.log().contains("SEVERE"), "a refusal is not an incident");
    }

    private static long count(String sql, String value) throws Exception {
        String url = PodiumServer.jdbcUrl(System.getProperty("podium.it.db.name", "podium_it") + "_limits");
        try (Connection db = DriverManager.getConnection(url, System.getProperty("podium.it.db.user", "postgres"), "");
             PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, value);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
