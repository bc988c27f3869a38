package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.RegistrationFixtures;
import de.podium.testsupport.TestMail;

/**
 * Registering through the API (API.md, Registration): double opt-in, outcomes and their mails, input checks,
 * invitation codes.
 */
class RegistrationApiIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void doubleOptInWaitsForTheTokenThenConfirmsAndMails() throws Exception {
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(PodiumServer.DEMO_SLUG, RegistrationFixtures.person("INTEGRATION_OFFICER", email), "PENDING_CONFIRMATION");
        assertEquals(List.of("registration.confirm"), RegistrationChecks.mailKinds(email));
        String token = RegistrationFixtures.column(id, "confirm_token");
        String text = MailChecks.text(TestMail.get().awaitTo(email, 1, Duration.ofSeconds(120)).get(0));
        assertTrue(text.contains("/registrations/confirm?token=" + token), text);
        assertTrue(text.contains("/registrations/self/" + RegistrationChecks.manageToken(id)), text);

        Answer confirmed = podium.post("/api/registrations/confirm", "{\"token\":\"" + token + "\"}").send();
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("CONFIRMED", confirmed.json().getString("status"));
        assertEquals(id, confirmed.json().getJsonNumber("id").longValue());
        assertEquals(List.of("registration.confirm", "registration.confirmed"), RegistrationChecks.mailKinds(email));
        MimeMessage welcome = TestMail.get().awaitTo(email, 2, Duration.ofSeconds(120)).get(1);
        assertEquals(Set.of(PodiumServer.DEMO_SLUG + ".ics", "qr-code.png"), MailChecks.attachments(welcome).keySet(),
                "the confirmation carries the calendar and the QR code");

        Answer again = podium.post("/api/registrations/confirm", "{\"token\":\"" + token + "\"}").send();
        assertEquals(200, again.status(), "confirming twice changes nothing: " + again);
        assertEquals("CONFIRMED", again.json().getString("status"));
        assertEquals(2, RegistrationChecks.mailKinds(email).size());
        assertEquals(404, podium.post("/api/registrations/confirm", "{\"token\":\"unbekannt\"}").send().status());
    }

    @Test
    void withoutDoubleOptInTheOutcomeIsImmediateWithItsMail() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 1, false, false), RegistrationFixtures.category("PRESS", 5, false, true));
        String first = RegistrationFixtures.email();
        String second = RegistrationFixtures.email();
        String press = RegistrationFixtures.email();
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", first), "CONFIRMED");
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", second), "WAITLISTED");
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("PRESS", press), "PENDING_APPROVAL");
        assertEquals(List.of("registration.confirmed"), RegistrationChecks.mailKinds(first));
        assertEquals(List.of("registration.waitlisted"), RegistrationChecks.mailKinds(second));
        assertEquals(List.of("registration.pendingApproval"), RegistrationChecks.mailKinds(press));
        JsonObject detail = podium.get("/api/conferences/" + slug).send().json();
        JsonObject guest = detail.getJsonArray("categories").getJsonObject(0);
        assertEquals(1, guest.getInt("capacity"));
        assertEquals(0, guest.getInt("available"));
    }

    @Test
    void namesAreStoredExactly() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        String json = RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "Zoë-Marie", "O'Brien <b>Ünal</b> 王", null);
        long id = RegistrationFixtures.registered(slug, json, "CONFIRMED");
        assertEquals("O'Brien <b>Ünal</b> 王", RegistrationFixtures.column(id, "last_name"));
        assertEquals("Zoë-Marie", RegistrationFixtures.column(id, "first_name"));
        JsonObject self = podium.get("/api/registrations/self/" + RegistrationChecks.manageToken(id)).send().json();
        assertEquals("O'Brien <b>Ünal</b> 王", self.getString("lastName"));
        assertEquals("Landrat des Werra-Meißner-Kreises", self.getString("office"));
    }

    @Test
    void duplicateAddressIsRefusedCaseInsensitively() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        String email = RegistrationFixtures.email();
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", email), "CONFIRMED");
        int logBefore = podium.log().length();
        Answer duplicate = RegistrationFixtures.register(slug, RegistrationFixtures.person("GUEST", "  " + email.toUpperCase() + " "));
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals("duplicate", duplicate.json().getString("error"));
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE lower(email) = ?", email));
        // the unique index refused the row; the server log has the request's access line and no warning about it
        String refused = "\"path\":\"/api/conferences/" + slug + "/registrations\",\"status\":409";
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!podium.log().substring(logBefore).contains(refused) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        String log = podium.log().substring(logBefore);
        assertTrue(log.contains(refused), log);
        assertFalse(log.contains("uq_registration_active_email"), "a user's mistake is not a warning:\n" + log);
    }

    @Test
    void closedRegistrationIs409() {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        String closed = """
                {"slug":"%s","title":"Registrierungstest","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00",
                 "registrationOpen":false,"doubleOptIn":false,
                 "categories":[{"code":"GUEST","name":"Gast"}],"tracks":[]}""".formatted(slug);
        assertEquals(200, podium.put("/api/conferences/" + slug, closed).asOrganizer().send().status());
        Answer answer = RegistrationFixtures.register(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()));
        assertEquals(409, answer.status(), answer::toString);
        assertEquals("registration_closed", answer.json().getString("error"));
    }

    @Test
    void unknownConferenceIs404() {
        Answer answer = RegistrationFixtures.register("gibt-es-nicht", RegistrationFixtures.person("GUEST", RegistrationFixtures.email()));
        assertEquals(404, answer.status());
        assertEquals("not_found", answer.json().getString("error"));
    }

    @Test
    void invalidInputIs422WithFieldNamesAndStoresNothing() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        String longName = "x".repeat(300);
        Map<String, String> cases = new TreeMap<>(Map.of(
                "firstName", RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "", "Reuß", null),
                "lastName", RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "Stefan", longName, null),
                "email", RegistrationFixtures.person("GUEST", "kein-at-zeichen", "Stefan", "Reuß", null),
                "category", RegistrationFixtures.person("NOPE", RegistrationFixtures.email(), "Stefan", "Reuß", null),
                "consent", RegistrationFixtures.person("GUEST", RegistrationFixtures.email()).replaceAll(",\\s*\"consent\":\\{[^}]*\\}", "")));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Answer answer = RegistrationFixtures.register(slug, c.getValue());
            assertEquals(422, answer.status(), c.getKey() + ": " + answer);
            assertEquals("validation", answer.json().getString("error"));
            assertTrue(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("field").startsWith(c.getKey())), c.getKey() + ": " + answer);
        }
        Answer notJson = podium.post("/api/conferences/" + slug + "/registrations", "{kein json").send();
        assertEquals(400, notJson.status(), notJson::toString);
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM registration r JOIN conference c ON c.id = r.conference_id "
                + "WHERE c.slug = ?", slug));
    }

    @Test
    void invitationOnlyCategoryNeedsAnUnusedCodeOfThisConference() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("LANDRAT", 10, true, false), RegistrationFixtures.category("GUEST", null, false, false));
        Answer without = RegistrationFixtures.register(slug, RegistrationFixtures.person("LANDRAT", RegistrationFixtures.email()));
        assertEquals(403, without.status(), without::toString);
        assertEquals("invitation_required", without.json().getString("error"));

        Answer invited = podium.post("/api/conferences/" + slug + "/invitations", """
                {"email":"reuss@werra-meissner-kreis.example","category":"LANDRAT","title":"",
                 "firstName":"Stefan","lastName":"Reuß","office":"Landrat"}""").asOrganizer().send();
        assertEquals(201, invited.status(), invited::toString);
        String code = invited.json().getString("code");
        assertTrue(code.length() >= 16);
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'registration.invitation' "
                + "AND recipient = 'reuss@werra-meissner-kreis.example' AND model LIKE ?", "%" + code + "%"));

        Answer foreignCategory = RegistrationFixtures.register(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "A", "B", code));
        assertEquals(403, foreignCategory.status(), "a code admits to its own category only: " + foreignCategory);
        String other = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("LANDRAT", 10, true, false));
        Answer foreignConference = RegistrationFixtures.register(other, RegistrationFixtures.person("LANDRAT", RegistrationFixtures.email(), "A", "B", code));
        assertEquals(403, foreignConference.status(), foreignConference::toString);

        RegistrationFixtures.registered(slug, RegistrationFixtures.person("LANDRAT", RegistrationFixtures.email(), "Stefan", "Reuß", code), "CONFIRMED");
        Answer reuse = RegistrationFixtures.register(slug, RegistrationFixtures.person("LANDRAT", RegistrationFixtures.email(), "Jemand", "Anders", code));
        assertEquals(403, reuse.status(), reuse::toString);
        assertEquals("invitation_required", reuse.json().getString("error"));

        Answer list = podium.get("/api/conferences/" + slug + "/invitations").asOrganizer().send();
        assertTrue(list.jsonArray().getJsonObject(0).getBoolean("used"), list::toString);
    }

    @Test
    void demoConferenceReportsAvailablePlaces() {
        JsonObject demo = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG).send().json();
        JsonObject landrat = demo.getJsonArray("categories").getJsonObject(0);
        assertNotNull(landrat.get("available"));
    }
}
