package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PdfChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * An official brings companions in a companion category: its own quota, badge band "Begleitung", no table name card,
 * listed right under the official (issue #20 item 3).
 */
class CompanionIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static String companionCategory(String code, Integer capacity, boolean nameCard) {
        return """
                {"code":"%s","name":"Begleitperson %s","capacity":%s,"companion":true,"companionNameCard":%s,
                 "colour":"#5c4400"}""".formatted(code, code, capacity == null ? "null" : capacity.toString(), nameCard);
    }

    static String landrat() {
        return """
                {"code":"LANDRAT","name":"Landrat/Landrätin","capacity":20,"invitationOnly":true,"colour":"#1f4e79"}""";
    }

    static String companion(String category, String first, String last) {
        return companion(category, first, last, RegistrationFixtures.email());
    }

    static String companion(String category, String first, String last, String email) {
        return """
                {"category":"%s","salutation":"MS","firstName":"%s","lastName":"%s","office":"Persönliche Referentin",
                 "email":"%s","locale":"de","consent":{"privacyPolicyVersion":"2026-01","listInParticipants":true}}
                """.formatted(category, first, last, email);
    }

    /** An official with a place, invited into LANDRAT. */
    static long official(String slug, String first, String last) {
        return RegistrationFixtures.registered(slug, RegistrationFixtures.person("LANDRAT", RegistrationFixtures.email(),
                first, last, invite(slug)), "CONFIRMED");
    }

    static String invite(String slug) {
        Answer invited = podium.post("/api/conferences/" + slug + "/invitations",
                "{\"email\":\"" + RegistrationFixtures.email() + "\",\"category\":\"LANDRAT\"}").asOrganizer().send();
        assertEquals(201, invited.status(), invited::toString);
        return invited.json().getString("code");
    }

    static long confirmed(long companion) throws Exception {
        Answer confirmed = podium.post("/api/registrations/confirm",
                "{\"token\":\"" + RegistrationFixtures.column(companion, "confirm_token") + "\"}").send();
        assertEquals(200, confirmed.status(), confirmed::toString);
        return companion;
    }

    @Test
    void aCompanionTakesHerOwnCategorysPlaceGetsTheCompanionBandNoNameCardAndStandsUnderTheOfficial() throws Exception {
        String slug = RegistrationFixtures.conference(false, 100, landrat(), companionCategory("BEGLEITUNG", 5, false));
        long reuss = official(slug, "Stefan", "Reuß");
        official(slug, "Ådne", "Aaberg");
        String token = RegistrationChecks.manageToken(reuss);

        Answer added = podium.post("/api/registrations/self/" + token + "/companions",
                companion("BEGLEITUNG", "Jana", "Zimmermann")).send();
        assertEquals(201, added.status(), added::toString);
        assertEquals("PENDING_CONFIRMATION", added.json().getString("status"));
        long jana = confirmed(added.json().getJsonNumber("id").longValue());
        assertEquals("CONFIRMED", RegistrationFixtures.column(jana, "status"));

        JsonObject detail = podium.get("/api/conferences/" + slug).send().json();
        JsonObject landrat = category(detail, "LANDRAT");
        JsonObject begleitung = category(detail, "BEGLEITUNG");
        assertEquals(18, landrat.getInt("available"), "the companion takes no Landrat place");
        assertEquals(4, begleitung.getInt("available"), "but one of the companion category");
        assertTrue(begleitung.getBoolean("companion"));

        String base = "/api/conferences/" + slug;
        String badge = PdfChecks.text(podium.get(base + "/badges.pdf?layout=a6&registration=" + jana).asOrganizer()
                .send().bytes());
        assertTrue(badge.contains("Begleitung") && badge.contains("Zimmermann"), badge);
        assertFalse(badge.contains("Landrat/Landrätin"), badge);

        String cards = PdfChecks.text(podium.get(base + "/namecards.pdf").asOrganizer().send().bytes());
        assertTrue(cards.contains("Reuß"), cards);
        assertFalse(cards.contains("Zimmermann"), "no table name card for a companion: " + cards);
        String companionCards = PdfChecks.text(podium.get(base + "/namecards.pdf?category=BEGLEITUNG").asOrganizer()
                .send().bytes());
        assertFalse(companionCards.contains("Zimmermann"), companionCards);

        String list = PdfChecks.text(podium.get(base + "/participants.pdf").asOrganizer().send().bytes())
                .replaceAll("\\s+", " ");
        int reussAt = list.indexOf("Reuß");
        int janaAt = list.indexOf("Zimmermann");
        int aabergAt = list.indexOf("Aaberg");
        assertTrue(aabergAt < reussAt && reussAt < janaAt, "Aaberg, Reuß, then Reuß's companion (not last by name): " + list);
        assertTrue(list.contains("Begleitperson BEGLEITUNG von Dr. Stefan Reuß"), "whom she accompanies: " + list);
    }

    @Test
    void aCompanionCategoryWithNameCardsPrintsThemAndOthersAreRefused() throws Exception {
        String slug = RegistrationFixtures.conference(false, 100, landrat(), companionCategory("FAHRER", null, true));
        String token = RegistrationChecks.manageToken(official(slug, "Stefan", "Reuß"));

        Answer wrong = podium.post("/api/registrations/self/" + token + "/companions",
                companion("LANDRAT", "Max", "Fahrer")).send();
        assertEquals(422, wrong.status(), wrong::toString);
        assertTrue(wrong.body().contains("\"category\""), wrong::toString);

        Answer direct = RegistrationFixtures.register(slug, companion("FAHRER", "Max", "Direkt"));
        assertEquals(422, direct.status(), "a companion category is not open to direct registration: " + direct);

        confirmed(podium.post("/api/registrations/self/" + token + "/companions",
                companion("FAHRER", "Max", "Lenker")).send().json().getJsonNumber("id").longValue());
        String cards = PdfChecks.text(podium.get("/api/conferences/" + slug + "/namecards.pdf?category=FAHRER")
                .asOrganizer().send().bytes());
        assertTrue(cards.contains("Lenker"), "the organizer asked for name cards of this category: " + cards);
    }

    @Test
    void aCompanionWithAnAddressAlreadyRegisteredIsRefusedAndTakesNoPlace() throws Exception {
        String slug = RegistrationFixtures.conference(false, 100, landrat(), companionCategory("BEGLEITUNG", 5, false));
        String token = RegistrationChecks.manageToken(official(slug, "Stefan", "Reuß"));
        String email = RegistrationFixtures.email();
        String path = "/api/registrations/self/" + token + "/companions";
        confirmed(podium.post(path, companion("BEGLEITUNG", "Jana", "Zimmermann", email)).send().json()
                .getJsonNumber("id").longValue());

        Answer again = podium.post(path, companion("BEGLEITUNG", "Jana", "Zimmermann", "  " + email.toUpperCase())).send();
        assertEquals(409, again.status(), again::toString);
        assertEquals("duplicate", again.json().getString("error"), again::toString);
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE lower(email) = ?", email),
                "the first companion is kept, no second one stored");
        assertEquals(4, category(podium.get("/api/conferences/" + slug).send().json(), "BEGLEITUNG").getInt("available"),
                "the confirmed companion's place, none for the refused one");
    }

    @Test
    void theCompanionQuotaHoldsWhenManyCompanionsConfirmAtOnce() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, landrat(), companionCategory("BEGLEITUNG", 3, false));
        List<Long> companions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String token = RegistrationChecks.manageToken(official(slug, "Amtsperson", "Nummer" + i));
            Answer added = podium.post("/api/registrations/self/" + token + "/companions",
                    companion("BEGLEITUNG", "Begleitung", "Nummer" + i)).send();
            assertEquals(201, added.status(), added::toString);
            companions.add(added.json().getJsonNumber("id").longValue());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> confirms = new ArrayList<>();
            for (long id : companions) {
                String confirmToken = RegistrationFixtures.column(id, "confirm_token");
                confirms.add(() -> podium.post("/api/registrations/confirm", "{\"token\":\"" + confirmToken + "\"}")
                        .send().status());
            }
            for (Future<Integer> status : pool.invokeAll(confirms)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long confirmed = 0;
        for (long id : companions) {
            confirmed += "CONFIRMED".equals(RegistrationFixtures.column(id, "status")) ? 1 : 0;
        }
        assertEquals(3, confirmed, "exactly the companion quota, the rest wait");
        assertEquals(0, category(podium.get("/api/conferences/" + slug).send().json(), "BEGLEITUNG").getInt("available"));
    }

    private static JsonObject category(JsonObject conference, String code) {
        return conference.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
