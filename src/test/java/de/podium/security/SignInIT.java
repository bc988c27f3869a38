package de.podium.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;

class SignInIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void organizerSignsInByFormAndSeesTheirConferences() {
        Browser browser = new Browser(podium);
        Page login = browser.get("/login");
        assertEquals(200, login.status());
        Page after = browser.submit(login, "login",
                Map.of("email", "Organizer@Podium.example", "password", PodiumServer.DEMO_PASSWORD), "submit");
        assertEquals(302, after.status(), after.html());
        assertTrue(after.location().endsWith("/organizer/"), after.location());
        Page home = browser.get("/organizer/");
        assertEquals(200, home.status());
        assertTrue(home.html().contains("Integration von Flüchtlingen im ländlichen Raum"));
        assertTrue(home.html().contains("Abmelden"));
    }

    @Test
    void wrongPasswordShowsAGermanMessageAndNoSession() {
        Browser browser = new Browser(podium);
        Page login = browser.get("/login");
        Page after = browser.submit(login, "login", Map.of("email", PodiumServer.ADMIN, "password", "falsch"), "submit");
        assertEquals(200, after.status());
        assertTrue(after.html().contains("E-Mail-Adresse oder Passwort sind nicht korrekt."), after.html());
        assertEquals(302, browser.get("/organizer/").status(), "still not signed in");
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndBack() {
        Page page = new Browser(podium).get("/organizer/conferences/" + PodiumServer.DEMO_SLUG);
        assertEquals(302, page.status());
        assertTrue(page.location().contains("/login?next=%2Forganizer%2Fconferences%2F" + PodiumServer.DEMO_SLUG),
                page.location());
    }

    @Test
    void signInReturnsToThePageAskedFor() {
        Browser browser = new Browser(podium);
        Page login = browser.get("/login?next=%2Forganizer%2Fconferences%2F" + PodiumServer.DEMO_SLUG + "%2Fpress");
        Page after = browser.submit(login, "login",
                Map.of("email", PodiumServer.ORGANIZER, "password", PodiumServer.DEMO_PASSWORD), "submit");
        assertEquals(302, after.status());
        assertTrue(after.location().endsWith("/organizer/conferences/" + PodiumServer.DEMO_SLUG + "/press"), after.location());
    }

    @Test
    void signInNeverRedirectsToAnotherSite() {
        Browser browser = new Browser(podium);
        Page login = browser.get("/login?next=%2F%2Fevil.example%2F");
        Page after = browser.submit(login, "login",
                Map.of("email", PodiumServer.ORGANIZER, "password", PodiumServer.DEMO_PASSWORD), "submit");
        assertEquals(302, after.status());
        assertTrue(after.location().endsWith("/organizer/"), after.location());
    }

    @Test
    void speakerMayNotEnterTheOrganizerArea() {
        Browser speaker = Browser.signedIn(PodiumServer.SPEAKER);
        assertEquals(403, speaker.get("/organizer/").status());
    }

    @Test
    void tooManyFailuresForOneAccountAreRefusedWith429() {
        String account = "nobody-" + System.nanoTime() + "@example.org";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, podium.post("/api/conferences", "{}").as(account, "guess" + i).send().status());
        }
        PodiumServer.Answer refused = podium.post("/api/conferences", "{}").as(account, "guess5").send();
        assertEquals(429, refused.status(), refused::toString);
        assertEquals("too_many_requests", refused.json().getString("error"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
    }

    @Test
    void guessesOnInventedAccountsFromOneAddressDoNotLockOutTheOrganizer() {
        String office = "203.0.113." + (System.nanoTime() % 200 + 1);
        String tried = "tried-" + System.nanoTime() + "@example.org";
        assertEquals(401, podium.post("/api/conferences", "{}").as(tried, "wrong")
                .header("X-Forwarded-For", office).send().status());
        for (int i = 0; i < 50; i++) {
            assertEquals(401, podium.post("/api/conferences", "{}").as("invented-" + i + "-" + System.nanoTime() + "@example.org", "x")
                    .header("X-Forwarded-For", office).send().status());
        }
        PodiumServer.Answer organizer = podium.get("/api/conferences").asOrganizer().header("X-Forwarded-For", office).send();
        assertEquals(200, organizer.status(), organizer::toString);
        Browser browser = new Browser(podium);
        Page login = browser.get("/login");
        assertEquals(302, browser.submit(login, "login",
                Map.of("email", PodiumServer.ADMIN, "password", PodiumServer.DEMO_PASSWORD), "submit").status(),
                "the form sign-in too (from this machine's own address)");
        assertEquals(429, podium.post("/api/conferences", "{}").as(tried, "again").header("X-Forwarded-For", office)
                .send().status(), "an account that failed from that address is held back there");
        assertEquals(401, podium.post("/api/conferences", "{}").as(tried, "again").header("X-Forwarded-For", "198.51.100.7")
                .send().status(), "the client address comes from X-Forwarded-For of the trusted proxy");
    }

    @Test
    void signingOutEndsTheSession() {
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page logout = browser.get("/logout");
        Page after = browser.submit(logout, "logout", Map.of(), "submit");
        assertEquals(302, after.status());
        assertEquals(302, browser.get("/organizer/").status());
    }
}
