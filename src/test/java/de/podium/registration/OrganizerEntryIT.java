package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Journey;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Registrations by organizers (issue #19 item 2): the Vorzimmer phones in and the organizer enters, edits, moves and
 * cancels, each kept in the registration's history.
 */
class OrganizerEntryIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    private static String entered(String category, String email, String via) {
        return """
                {"category":"%s","salutation":"MS","title":"Dr.","firstName":"Petra","lastName":"Vorzimmer",
                 "office":"Ministerin","organisation":"Staatsministerium","email":"%s","locale":"de",
                 "enteredBy":%s}
                """.formatted(category, email, via == null ? "null" : "\"" + via + "\"");
    }

    private static long enter(String slug, String json, String expectedStatus) {
        Answer answer = podium.post("/api/conferences/" + slug + "/registrations", json).asOrganizer().send();
        assertEquals(201, answer.status(), answer::toString);
        assertEquals(expectedStatus, answer.json().getString("status"), answer::toString);
        return answer.json().getJsonNumber("id").longValue();
    }

    private static JsonArray history(String slug, long id, String language) {
        Answer answer = podium.get("/api/conferences/" + slug + "/registrations/" + id + "/history")
                .asOrganizer().language(language).send();
        assertEquals(200, answer.status(), answer::toString);
        return answer.jsonArray();
    }

    @Test
    void enteredByTheOrganizerIsConfirmedAtOnceWithoutDoubleOptIn() throws Exception {
        String slug = RegistrationFixtures.conference(true, null, RegistrationFixtures.category("GUEST", 5, true, true));
        String email = RegistrationFixtures.email();
        long id = enter(slug, entered("GUEST", email, "phone"), "CONFIRMED");
        assertEquals(List.of("registration.confirmed"), RegistrationChecks.mailKinds(email),
                "no confirmation of the address, the outcome with the manage link");
        assertEquals("phone", RegistrationFixtures.column(id, "consent_via"));
        assertNotNull(RegistrationFixtures.column(id, "entered_at"));

        JsonArray german = history(slug, id, "de");
        assertEquals(1, german.size(), german::toString);
        JsonObject first = german.getJsonObject(0);
        assertEquals("Eingetragen", first.getString("action"));
        assertEquals("Einwilligung erteilt per Telefon", first.getString("details"));
        assertTrue(first.getString("by").length() > 0);
        assertNotNull(first.getString("at"));
        assertEquals("Consent given by phone", history(slug, id, "en").getJsonObject(0).getString("details"));

        JsonObject row = podium.get("/api/conferences/" + slug + "/registrations").asOrganizer().send()
                .jsonArray().getJsonObject(0);
        assertEquals("phone", row.getString("consentVia"));
        assertTrue(row.getString("enteredBy").length() > 0);
    }

    @Test
    void anAddressAlreadyRegisteredIsRefusedAndTheFirstRegistrationKept() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 5, false, false));
        String email = RegistrationFixtures.email();
        long first = enter(slug, entered("GUEST", email, "phone"), "CONFIRMED");

        Answer again = podium.post("/api/conferences/" + slug + "/registrations",
                entered("GUEST", email.toUpperCase(), "mail")).asOrganizer().send();
        assertEquals(409, again.status(), again::toString);
        assertEquals("duplicate", again.json().getString("error"), again::toString);
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE lower(email) = ?", email));
        assertEquals("CONFIRMED", RegistrationFixtures.column(first, "status"));
        assertEquals(1, history(slug, first, "de").size(), "nothing recorded for the refused entry");
    }

    @Test
    void editNamesTheChangedFieldsInTheHistory() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        long id = enter(slug, entered("GUEST", RegistrationFixtures.email(), "mail"), "CONFIRMED");
        String newEmail = RegistrationFixtures.email();
        Answer edited = podium.put("/api/conferences/" + slug + "/registrations/" + id, """
                {"salutation":"MS","title":"Dr.","firstName":"Petra","lastName":"Vorzimmer-Lüdenscheidt",
                 "office":"Staatssekretärin","organisation":"Staatsministerium","email":"%s","locale":"de"}
                """.formatted(newEmail)).asOrganizer().send();
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("Vorzimmer-Lüdenscheidt", edited.json().getString("lastName"));
        assertEquals(newEmail, RegistrationFixtures.column(id, "email"));
        JsonArray history = history(slug, id, "de");
        assertEquals(2, history.size(), history::toString);
        assertEquals("Bearbeitet", history.getJsonObject(1).getString("action"));
        assertEquals("Geändert: Nachname, Amt, E-Mail", history.getJsonObject(1).getString("details"));
        assertEquals("Changed: Last name, Office, E-mail", history(slug, id, "en").getJsonObject(1).getString("details"));

        Answer bad = podium.put("/api/conferences/" + slug + "/registrations/" + id,
                "{\"firstName\":\"\",\"lastName\":\"X\",\"email\":\"a@b.example\"}").asOrganizer().send();
        assertEquals(422, bad.status(), bad::toString);
        assertEquals("firstName", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void resendQueuesTheMailOfTheCurrentStatusAgainAndNotesItInTheHistory() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        String email = RegistrationFixtures.email();
        long id = enter(slug, entered("GUEST", email, "phone"), "CONFIRMED");

        Answer resent = podium.post("/api/conferences/" + slug + "/registrations/" + id + "/resend", "").asOrganizer().send();
        assertEquals(202, resent.status(), resent::toString);
        assertEquals("registration.confirmed", resent.json().getString("mail"));
        assertEquals(List.of("registration.confirmed", "registration.confirmed"), RegistrationChecks.mailKinds(email));
        String manage = Journey.link(Journey.mail(email, 2), "/registrations/self/[A-Za-z0-9_-]+");
        assertEquals(200, new Browser(podium).get(manage.substring(podium.baseUrl().length())).status(), "the link in it works");
        JsonArray history = history(slug, id, "de");
        assertEquals("Mail erneut gesendet", history.getJsonObject(1).getString("action"));
        assertEquals("„Teilnahme bestätigt“", history.getJsonObject(1).getString("details"));

        assertEquals(403, podium.post("/api/conferences/" + slug + "/registrations/" + id + "/resend", "")
                .asSpeaker().send().status(), "only the conference's organizers");
        assertEquals(200, podium.post("/api/conferences/" + slug + "/registrations/" + id + "/cancel", "{\"reason\":\"Terminkonflikt\"}")
                .asOrganizer().send().status());
        Answer cancelled = podium.post("/api/conferences/" + slug + "/registrations/" + id + "/resend", "").asOrganizer().send();
        assertEquals(409, cancelled.status(), "nothing to send again for a cancelled registration: " + cancelled);
        assertEquals(List.of("registration.confirmed", "registration.confirmed", "registration.cancelled"),
                RegistrationChecks.mailKinds(email));
    }

    /** Two organizers moving people in opposite directions at once used to lock the categories in opposite orders. */
    @Test
    void oppositeMovesAtTheSameTimeAllSucceedAndKeepTheCountsExact() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("A", 20, false, false),
                RegistrationFixtures.category("B", 20, false, false));
        List<Long> inA = new java.util.ArrayList<>();
        List<Long> inB = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inA.add(RegistrationFixtures.registered(slug, RegistrationFixtures.person("A", RegistrationFixtures.email()), "CONFIRMED"));
            inB.add(RegistrationFixtures.registered(slug, RegistrationFixtures.person("B", RegistrationFixtures.email()), "CONFIRMED"));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<Answer>> moves = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long a = inA.get(i);
                long b = inB.get(i);
                moves.add(pool.submit(() -> podium.post("/api/conferences/" + slug + "/registrations/" + a + "/move",
                        "{\"category\":\"B\"}").asOrganizer().send()));
                moves.add(pool.submit(() -> podium.post("/api/conferences/" + slug + "/registrations/" + b + "/move",
                        "{\"category\":\"A\"}").asOrganizer().send()));
            }
            for (java.util.concurrent.Future<Answer> move : moves) {
                Answer answer = move.get(2, java.util.concurrent.TimeUnit.MINUTES);
                assertEquals(200, answer.status(), answer::toString);
                assertEquals("CONFIRMED", answer.json().getString("status"));
            }
        } finally {
            pool.shutdownNow();
        }
        try (var db = PodiumServer.connect(); var q = db.prepareStatement(
                "SELECT c.code, c.held, (SELECT COUNT(*) FROM registration r WHERE r.category_id = c.id AND r.status = 'CONFIRMED') "
                        + "FROM category c JOIN conference f ON f.id = c.conference_id WHERE f.slug = ?")) {
            q.setString(1, slug);
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    assertEquals(8, rs.getInt(2), rs.getString(1) + " counter");
                    assertEquals(8, rs.getInt(3), rs.getString(1) + " confirmed");
                }
            }
        }
    }

    @Test
    void moveIntoAFullCategoryWaitlistsAndPromotesTheOldCategorysFirstWaiting() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("A", 1, false, false),
                RegistrationFixtures.category("B", 1, false, false));
        long moved = RegistrationFixtures.registered(slug, RegistrationFixtures.person("A", RegistrationFixtures.email()), "CONFIRMED");
        long waiting = RegistrationFixtures.registered(slug, RegistrationFixtures.person("A", RegistrationFixtures.email()), "WAITLISTED");
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("B", RegistrationFixtures.email()), "CONFIRMED");

        Answer move = podium.post("/api/conferences/" + slug + "/registrations/" + moved + "/move", "{\"category\":\"B\"}")
                .asOrganizer().send();
        assertEquals(200, move.status(), move::toString);
        assertEquals("WAITLISTED", move.json().getString("status"));
        assertEquals(moved, move.json().getJsonNumber("id").longValue());
        assertEquals("CONFIRMED", RegistrationFixtures.column(waiting, "status"), "the old place went to the waiting list");
        JsonObject summary = podium.get("/api/conferences/" + slug + "/registrations/summary").asOrganizer().send().json();
        assertEquals(2, summary.getInt("held"), summary::toString);
        JsonArray history = history(slug, moved, "de");
        assertEquals("Kategorie gewechselt", history.getJsonObject(0).getString("action"));
        assertEquals("Von A nach B", history.getJsonObject(0).getString("details"));

        Answer unknown = podium.post("/api/conferences/" + slug + "/registrations/" + moved + "/move", "{\"category\":\"Z\"}")
                .asOrganizer().send();
        assertEquals(422, unknown.status(), unknown::toString);
        assertEquals("category", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void cancelWithReasonHandsThePlaceOnAndIsInTheHistory() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 1, false, false));
        long id = enter(slug, entered("GUEST", RegistrationFixtures.email(), "letter"), "CONFIRMED");
        long waiting = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "WAITLISTED");
        String base = "/api/conferences/" + slug + "/registrations/" + id + "/cancel";
        Answer noReason = podium.post(base, "{\"reason\":\" \"}").asOrganizer().send();
        assertEquals(422, noReason.status(), noReason::toString);
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Answer cancelled = podium.post(base, "{\"reason\":\"Terminkollision im Ministerium\"}").asOrganizer().send();
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("ORGANIZER", RegistrationFixtures.column(id, "cancel_reason"));
        assertEquals("CONFIRMED", RegistrationFixtures.column(waiting, "status"));
        JsonObject last = history(slug, id, "de").getJsonObject(1);
        assertEquals("Storniert", last.getString("action"));
        assertEquals("Grund: Terminkollision im Ministerium", last.getString("details"));
        assertEquals(409, podium.post(base, "{\"reason\":\"nochmal\"}").asOrganizer().send().status());

        Answer erased = podium.post("/api/conferences/" + slug + "/registrations/" + id + "/erase", "").asOrganizer().send();
        assertEquals(200, erased.status(), erased::toString);
        assertEquals("Grund: -", history(slug, id, "de").getJsonObject(1).getString("details"),
                "the reason may name the person: erased with them");
    }

    @Test
    void onlyOrganizersOfTheConferenceEnterAndEnteredByIsChecked() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        String path = "/api/conferences/" + slug + "/registrations";
        Answer anonymous = podium.post(path, entered("GUEST", RegistrationFixtures.email(), "phone")).send();
        assertEquals(401, anonymous.status(), anonymous::toString);
        Answer speaker = podium.post(path, entered("GUEST", RegistrationFixtures.email(), "phone")).asSpeaker().send();
        assertEquals(403, speaker.status(), speaker::toString);
        Answer invalid = podium.post(path, entered("GUEST", RegistrationFixtures.email(), "fax")).asOrganizer().send();
        assertEquals(422, invalid.status(), invalid::toString);
        assertEquals("enteredBy", invalid.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, podium.get(path).asOrganizer().send().jsonArray().size());
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "CONFIRMED");
        assertEquals(401, podium.get(path + "/" + id + "/history").send().status());
        assertEquals(403, podium.post(path + "/" + id + "/cancel", "{\"reason\":\"x\"}").asSpeaker().send().status());
        assertEquals(0, history(slug, id, "de").size(), "a person who registered themselves has no organizer changes");
    }

    @Test
    void thePageEntersAPhonedInRegistrationWithErrorsNextToTheFields() throws Exception {
        String slug = RegistrationFixtures.conference(true, null, RegistrationFixtures.category("GUEST", 5, false, false));
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page page = browser.get("/organizer/conferences/" + slug + "/registrations");
        assertEquals(200, page.status(), page.html());
        assertTrue(page.html().contains("Anmeldung eintragen"), page.html());
        assertTrue(page.html().contains("<label for=\"entry:enteredBy\""), "every field has its label");

        Map<String, String> person = new java.util.HashMap<>(Map.of("entry:category", "GUEST", "entry:salutation", "MS",
                "entry:locale", "de", "entry:enteredBy", "letter", "entry:firstName", "Petra",
                "entry:lastName", "Vorzimmer", "entry:email", "keine-adresse"));
        Page invalid = browser.submit(page, "entry", person, "entry:enter");
        assertEquals(200, invalid.status(), invalid.html());
        assertTrue(invalid.html().contains("id=\"entry:entry-email-error\""), invalid.html());
        assertTrue(invalid.html().contains("Bitte geben Sie eine gültige E-Mail-Adresse an."), invalid.html());

        String email = RegistrationFixtures.email();
        person.put("entry:email", email);
        Page done = browser.submit(invalid, "entry", person, "entry:enter");
        assertEquals(200, done.status(), done.html());
        assertEquals("CONFIRMED", RegistrationFixtures.status(email));
        assertTrue(done.html().contains("Einwilligung erteilt per Brief"), "the record's note: " + done.html());
    }
}
