package de.podium.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Issue #16, item 9: with an organizer's session cookie, another site could make the browser import invitations
 * (text/plain), send slide reminders and erase registrations. Writes authenticated by the cookie now need a
 * same-origin Origin or Sec-Fetch-Site, or the session's X-CSRF-Token; HTTP Basic and anonymous calls are unaffected.
 */
class CrossSiteApiWritesIT {

    private static final String EVIL = "http://evil.example";

    static PodiumServer podium;
    static String slug;
    static HttpClient browser;

    @BeforeAll
    static void signIn() throws Exception {
        podium = PodiumServer.get();
        slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(podium.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Browser.Page page = new Browser.Page(login.statusCode(), login.body(), null);
        Map<String, String> fields = page.fields("login");
        fields.put("email", PodiumServer.ORGANIZER);
        fields.put("password", PodiumServer.DEMO_PASSWORD);
        fields.put("submit", "x");
        String form = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(podium.uri(page.action("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", podium.baseUrl()) // the sign-in form itself is posted from Podium's page
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
    }

    @Test
    void aForeignSiteCannotImportInvitationsWithTheCookie() throws Exception {
        HttpResponse<String> answer = fromBrowser("POST", api("/invitations/import"), "text/plain",
                "email,category\ncsrf-" + slug + "@example.org,GUEST\n", Map.of("Origin", EVIL));
        assertEquals(403, answer.statusCode(), answer.body());
        assertEquals("csrf", json(answer).getString("error"));
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?",
                "csrf-" + slug + "@example.org"));
    }

    @Test
    void aForeignSiteCannotSendSlideRemindersWithTheCookie() throws Exception {
        assertEquals(403, fromBrowser("POST", api("/slides/reminders"), "text/plain", "x", Map.of("Origin", EVIL))
                .statusCode());
        assertEquals(403, fromBrowser("POST", api("/slides/reminders"), "application/x-www-form-urlencoded", "a=b",
                Map.of("Sec-Fetch-Site", "cross-site")).statusCode());
    }

    @Test
    void aCookieWriteWithoutProofOfOriginIsRefusedAndChangesNothing() throws Exception {
        long id = registration();
        HttpResponse<String> answer = fromBrowser("POST", api("/registrations/" + id + "/erase"), null, null, Map.of());
        assertEquals(403, answer.statusCode(), answer.body());
        assertEquals("Reuß", RegistrationFixtures.column(id, "last_name"), "not anonymised");
    }

    @Test
    void podiumsOwnPagesMayWriteWithTheCookie() throws Exception {
        assertEquals(200, fromBrowser("POST", api("/registrations/" + registration() + "/erase"), null, null,
                Map.of("Origin", podium.baseUrl())).statusCode());
        assertEquals(200, fromBrowser("POST", api("/registrations/" + registration() + "/erase"), null, null,
                Map.of("Sec-Fetch-Site", "same-origin")).statusCode());
        HttpResponse<String> token = fromBrowser("GET", "/api/session/csrf-token", null, null, Map.of());
        assertEquals(200, token.statusCode(), token.body());
        JsonObject csrf = json(token);
        assertEquals(200, fromBrowser("POST", api("/registrations/" + registration() + "/erase"), null, null,
                Map.of(csrf.getString("header"), csrf.getString("token"))).statusCode());
        assertEquals(403, fromBrowser("POST", api("/registrations/" + registration() + "/erase"), null, null,
                Map.of("X-CSRF-Token", "guessed")).statusCode());
    }

    @Test
    void basicAuthenticationAndAnonymousCallsAreNotAffected() {
        Answer basic = podium.call("POST", api("/registrations/" + registration() + "/erase")).asOrganizer()
                .header("Origin", EVIL).send();
        assertEquals(200, basic.status(), basic::toString);
        Answer anonymous = podium.post(api("/registrations"), RegistrationFixtures.person("GUEST",
                RegistrationFixtures.email())).header("Origin", EVIL).send();
        assertEquals(201, anonymous.status(), anonymous::toString);
    }

    private static long registration() {
        return RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()),
                "CONFIRMED");
    }

    private static String api(String path) {
        return "/api/conferences/" + slug + path;
    }

    private static HttpResponse<String> fromBrowser(String method, String path, String contentType, String body,
                                                    Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(podium.uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> answer) {
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
