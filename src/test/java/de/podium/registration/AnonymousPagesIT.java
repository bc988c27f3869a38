package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * The public pages keep no server memory for anonymous visitors (issue #16 item 4): registration, manage link,
 * confirmation and sign-in start no session, their forms still work, and only POSTs from Podium's own pages are
 * accepted.
 */
class AnonymousPagesIT {

    static final String SESSION = "PODIUMSESSION";
    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void anonymousVisitsOfThePublicFormsStartNoSession() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", email), "CONFIRMED");
        String manage = RegistrationFixtures.column(id, "manage_token");
        Browser browser = new Browser(podium);
        for (String path : new String[] {"/conferences/" + slug + "/register", "/registrations/self/" + manage,
                "/registrations/confirm?token=" + "x".repeat(30), "/login", "/login?lang=en", "/password-reset"}) {
            Page page = browser.get(path);
            assertEquals(200, page.status(), path);
            assertTrue(page.html().contains("jakarta.faces.ViewState"), path + " has its form");
            assertNull(browser.cookie(SESSION), path + " started a session");
        }
        assertEquals(404, browser.get("/conferences/no-such-conference/register").status());
        assertNull(browser.cookie(SESSION), "nor does the page for an unknown conference");
        assertEquals("en", browser.cookie("PODIUMLANG"), "the chosen language is remembered without a session");
        assertTrue(browser.get("/login").html().contains("Sign in"), "and used on the next page");
    }

    @Test
    void registrationFormShowsFieldErrorsAndRegistersWithoutASession() throws Exception {
        String slug = RegistrationFixtures.conference(false, null,
                RegistrationFixtures.category("GUEST", 10, false, false),
                RegistrationFixtures.category("PRESS", 10, false, false));
        Browser browser = new Browser(podium);
        String path = "/conferences/" + slug + "/register";
        Page form = browser.get(path);
        String email = RegistrationFixtures.email();
        Map<String, String> fields = new HashMap<>(Map.of("category", "PRESS", "firstName", "", "lastName", "Öztürk",
                "email", email, "consent", "on", "locale", "de"));
        Page invalid = browser.submit(form, "registration", fields, "submit");
        assertEquals(200, invalid.status(), invalid.html());
        assertTrue(invalid.html().contains("id=\"firstName-error\""), "the message stands next to the field");
        assertTrue(invalid.html().matches("(?s).*<option value=\"PRESS\" selected.*"), "the category choice is kept");
        assertTrue(invalid.html().contains("value=\"Öztürk\""), "what was typed is kept");

        fields.put("firstName", "Zoë");
        Page done = browser.submit(invalid, "registration", fields, "submit");
        assertEquals(200, done.status(), done.html());
        assertTrue(done.html().contains("Ihre Teilnahme ist bestätigt"), done.html());
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration r JOIN category c "
                + "ON c.id = r.category_id WHERE r.email = ? AND c.code = 'PRESS'", email));
        assertNull(browser.cookie(SESSION), "registering needs no session");
    }

    @Test
    void managePageCorrectsAndAddsStaffWithoutASession() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", email), "CONFIRMED");
        String token = RegistrationFixtures.column(id, "manage_token");
        Browser browser = new Browser(podium);
        Page manage = browser.get("/registrations/self/" + token);
        Page corrected = browser.submit(manage, "correction", Map.of("office", "Integrationsbeauftragte"), "save");
        assertTrue(corrected.html().contains("Ihre Angaben wurden gespeichert."), corrected.html());
        assertEquals("Integrationsbeauftragte", RegistrationFixtures.column(id, "office"));

        Page empty = browser.submit(corrected, "correction", Map.of("lastName", ""), "save");
        assertTrue(empty.html().contains("id=\"lastName-error\""), empty.html());
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE id = ? AND last_name <> ''", id),
                "nothing stored");
        assertNull(browser.cookie(SESSION));
    }

    @Test
    void crossSiteFormPostsAreRefusedWithAFriendlyPage() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        String path = "/conferences/" + slug + "/register";
        Browser browser = new Browser(podium);
        Page form = browser.get(path);
        String email = RegistrationFixtures.email();
        Map<String, String> fields = form.fields("registration");
        fields.putAll(Map.of("category", "GUEST", "firstName", "Eve", "lastName", "Forged", "email", email,
                "consent", "on", "submit", "x", "locale", "de"));
        for (Map<String, String> headers : java.util.List.of(Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"), Map.<String, String>of(),
                Map.of("Sec-Fetch-Site", "cross-site", "Origin", podium.baseUrl()),
                Map.of("Sec-Fetch-Site", "same-site"))) {
            Page refused = browser.post(form.action("registration"), fields, headers);
            assertEquals(403, refused.status(), headers.toString());
            assertTrue(refused.html().contains("nicht von einer Seite von Podium abgeschickt"), refused.html());
        }
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE email = ?", email));

        Page fetchMetadata = browser.post(form.action("registration"), fields, Map.of("Sec-Fetch-Site", "same-origin",
                "Origin", "null"));
        assertEquals(200, fetchMetadata.status(), fetchMetadata.html());
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE email = ?", email),
                "a browser's same-origin POST is accepted");
        assertEquals(403, browser.post("/login", Map.of("email", PodiumServer.ORGANIZER, "password",
                PodiumServer.DEMO_PASSWORD), Map.of("Origin", "https://evil.example")).status(), "no login CSRF");
    }

    @Test
    void signingInStartsTheSession() {
        Browser browser = new Browser(podium);
        Page login = browser.get("/login");
        assertNull(browser.cookie(SESSION));
        Page failed = browser.submit(login, "login", Map.of("email", PodiumServer.ORGANIZER, "password", "falsch"), "submit");
        assertEquals(200, failed.status());
        assertNull(browser.cookie(SESSION), "a failed sign-in keeps nothing");
        Page after = browser.submit(failed, "login", Map.of("email", PodiumServer.ORGANIZER, "password",
                PodiumServer.DEMO_PASSWORD), "submit");
        assertEquals(302, after.status(), after.html());
        assertNotNull(browser.cookie(SESSION), "signed in: the session holds who it is");
        assertEquals(200, browser.get("/organizer/").status());
        assertFalse(browser.get("/organizer/").html().contains("name=\"password\""));
    }
}
