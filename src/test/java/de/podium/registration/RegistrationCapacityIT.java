package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Places and the waiting list through the API: concurrent registrations, conference and category capacity, promotion
 * on cancelling.
 */
class RegistrationCapacityIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void twoHundredAtOnceIntoTwentyPlacesGiveExactlyTwentyConfirmed() throws Exception {
        String slug = RegistrationFixtures.conference(false, 500, RegistrationFixtures.category("GUEST", 20, false, false));
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<Answer>> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            String json = RegistrationFixtures.person("GUEST", "parallel" + i + "-" + slug + "@example.org");
            answers.add(pool.submit(() -> RegistrationFixtures.register(slug, json)));
        }
        Map<String, Integer> statuses = new TreeMap<>();
        for (Future<Answer> f : answers) {
            Answer a = f.get();
            assertEquals(201, a.status(), a::toString);
            statuses.merge(a.json().getString("status"), 1, Integer::sum);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        pool.shutdown();
        System.out.println("[concurrency] 200 registrations, 40 client threads, 20 places: " + statuses
                + " in " + millis + " ms");
        assertEquals(Map.of("CONFIRMED", 20, "WAITLISTED", 180), statuses);
        assertEquals(20, RegistrationFixtures.count("SELECT COUNT(*) FROM registration r JOIN conference c ON c.id = r.conference_id "
                + "WHERE c.slug = ? AND r.status = 'CONFIRMED'", slug));
        assertEquals(180, RegistrationFixtures.count("SELECT COUNT(*) FROM registration r JOIN conference c ON c.id = r.conference_id "
                + "WHERE c.slug = ? AND r.status = 'WAITLISTED'", slug));
        assertEquals(20, RegistrationFixtures.count("SELECT k.held FROM category k JOIN conference c ON c.id = k.conference_id "
                + "WHERE c.slug = ?", slug));
        assertEquals(200, RegistrationFixtures.count("SELECT COUNT(*) FROM outbox_message m JOIN conference c ON c.id = m.conference_id "
                + "WHERE c.slug = ? AND m.kind IN ('registration.confirmed', 'registration.waitlisted')", slug),
                "every outcome queued its mail");
    }

    @Test
    void conferenceCapacityHoldsAcrossCategories() throws Exception {
        String slug = RegistrationFixtures.conference(false, 3, RegistrationFixtures.category("A", null, false, false), RegistrationFixtures.category("B", null, false, false));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String json = RegistrationFixtures.person(i % 2 == 0 ? "A" : "B", "cap" + i + "-" + slug + "@example.org");
            answers.add(pool.submit(() -> RegistrationFixtures.register(slug, json)));
        }
        for (Future<Answer> f : answers) {
            assertEquals(201, f.get().status());
        }
        pool.shutdown();
        assertEquals(3, RegistrationFixtures.count("SELECT COUNT(*) FROM registration r JOIN conference c ON c.id = r.conference_id "
                + "WHERE c.slug = ? AND r.status = 'CONFIRMED'", slug));
        assertEquals(3, RegistrationFixtures.count("SELECT held FROM conference WHERE slug = ?", slug));
    }

    @Test
    void cancellingPromotesFirstOnWaitingListWithMail() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 1, false, false));
        long holder = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "CONFIRMED");
        String firstWaiting = RegistrationFixtures.email();
        long waiting1 = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", firstWaiting), "WAITLISTED");
        long waiting2 = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "WAITLISTED");

        Answer cancelled = podium.call("DELETE", "/api/registrations/self/" + RegistrationChecks.manageToken(holder)).send();
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("CONFIRMED", RegistrationFixtures.column(waiting1, "status"));
        assertEquals("WAITLISTED", RegistrationFixtures.column(waiting2, "status"));
        assertEquals(List.of("registration.waitlisted", "registration.promoted"), RegistrationChecks.mailKinds(firstWaiting));
        assertEquals(1, RegistrationFixtures.count("SELECT k.held FROM category k JOIN conference c ON c.id = k.conference_id "
                + "WHERE c.slug = ?", slug));
        Answer twice = podium.call("DELETE", "/api/registrations/self/" + RegistrationChecks.manageToken(holder)).send();
        assertEquals(409, twice.status(), twice::toString);
    }
}
