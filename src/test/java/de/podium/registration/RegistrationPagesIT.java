package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/** The attendee's and organizer's registration pages, driven like a browser without JavaScript. */
class RegistrationPagesIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static String viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no view state in " + html);
        return m.group(1);
    }

    /**
     * What a browser sends with a form of these public pages: they are stateless views that start no session
     * (no cookie to send back) and accept a POST only from a page of this site, which the browser names in Origin.
     */
    static String origin(Answer page) {
        assertTrue(page.response().headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("PODIUMSESSION=")),
                "a public page starts no session");
        return podium.baseUrl();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void registrationFormRegistersWithConsentAndShowsTheOutcome() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        String path = "/conferences/" + slug + "/register";
        Answer form = podium.get(path).send();
        assertEquals(200, form.status(), form::toString);
        String html = form.body();
        assertTrue(html.contains("<label for=\"firstName\""), html);
        assertTrue(html.contains("aria-describedby=\"email-error\""), html);
        String email = "form" + System.nanoTime() + "@example.org";
        String fields = "registration=registration&category=GUEST&invitationCode=&title=Dr.&firstName=" + enc("Zoë")
                + "&lastName=" + enc("<b>Öztürk</b>") + "&office=" + enc("Landrätin") + "&organisation=&email="
                + enc(email) + "&locale=de&listInParticipants=on&submit=" + enc("Verbindlich anmelden")
                + "&jakarta.faces.ViewState=" + enc(viewState(html));

        Answer withoutConsent = podium.call("POST", path).form(fields).header("Origin", origin(form)).send();
        assertEquals(200, withoutConsent.status());
        assertTrue(withoutConsent.body().contains("Bitte stimmen Sie der Datenschutzerklärung zu."), withoutConsent.body());
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE email = ?", email));

        Answer registered = podium.call("POST", path)
                .form(fields.replace("&jakarta.faces.ViewState=" + enc(viewState(html)),
                        "&consent=on&jakarta.faces.ViewState=" + enc(viewState(withoutConsent.body()))))
                .header("Origin", origin(form)).send();
        assertEquals(200, registered.status(), registered::toString);
        assertTrue(registered.body().contains("Ihre Teilnahme ist bestätigt"), registered.body());
        String token;
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement(
                     "SELECT last_name, status, privacy_policy_version, list_in_participants, manage_token "
                             + "FROM registration WHERE email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("<b>Öztürk</b>", rs.getString(1));
                assertEquals("CONFIRMED", rs.getString(2));
                assertFalse(rs.getString(3).isBlank());
                assertTrue(rs.getBoolean(4));
                token = rs.getString(5);
            }
        }

        Answer self = podium.get("/registrations/self/" + token).send();
        assertEquals(200, self.status(), self::toString);
        assertTrue(self.body().contains("&lt;b&gt;Öztürk&lt;/b&gt;"), "HTML in names is shown as text");
        assertFalse(self.body().contains("<b>Öztürk</b>"));
        assertTrue(self.body().contains("/qr.png"), self.body());
        assertEquals(404, podium.get("/registrations/self/" + "A".repeat(43)).send().status());

        String delegate = "staff" + System.nanoTime() + "@example.org";
        Answer added = podium.call("POST", "/registrations/self/" + token)
                .form("delegation=delegation&delegation%3Atitle=&delegation%3AfirstName=" + enc("Jürgen")
                        + "&delegation%3AlastName=Referent&delegation%3Aoffice=&delegation%3Aemail=" + enc(delegate)
                        + "&delegation%3Aadd=x&jakarta.faces.ViewState=" + enc(viewState(self.body())))
                .header("Origin", origin(self)).send();
        assertEquals(200, added.status(), added::toString);
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration d JOIN registration l "
                + "ON l.id = d.lead_id WHERE d.email = ? AND l.manage_token = ?", delegate, token), added.body());

        Browser browser = new Browser(podium);
        Browser.Page manage = browser.get("/registrations/self/" + token);
        assertTrue(manage.html().contains("value=\"&lt;b&gt;Öztürk&lt;/b&gt;\""), "the form shows the stored name");
        Browser.Page corrected = browser.submit(manage, "correction", Map.of("lastName", "Öztürk", "office", "Integrationsbeauftragter"), "save");
        assertTrue(corrected.html().contains("Ihre Angaben wurden gespeichert."), corrected.html());
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE manage_token = ? "
                + "AND last_name = 'Öztürk' AND office = 'Integrationsbeauftragter'", token), "the correction is stored");
    }

    @Test
    void managePageShowsDateVenueAndCalendarAndCancelAsksOnceMore() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "CONFIRMED");
        String token = RegistrationFixtures.column(id, "manage_token");
        Browser browser = new Browser(podium);
        Browser.Page manage = browser.get("/registrations/self/" + token);
        assertEquals(200, manage.status());
        assertTrue(manage.html().contains("10.05.2027, 09:00 Uhr") && manage.html().contains("17:00 Uhr"),
                "the conference's date and time on the manage page:\n" + manage.html());
        assertTrue(manage.html().contains("Kassel"), "the city");
        String calendar = "/api/registrations/self/" + token + "/conference.ics";
        assertTrue(manage.html().contains("href=\"" + calendar + "\""), "a calendar link:\n" + manage.html());
        Answer ics = podium.get(calendar).send();
        assertEquals(200, ics.status(), ics::toString);
        assertTrue(ics.header("Content-Type").startsWith("text/calendar"), ics.header("Content-Type"));
        assertTrue(ics.body().contains("BEGIN:VEVENT") && ics.body().contains("Registrierungstest")
                && ics.body().contains("Kassel"), ics.body());
        assertEquals(404, podium.get("/api/registrations/self/" + "A".repeat(43) + "/conference.ics").send().status());

        String english = podium.get("/registrations/self/" + token).language("en").send().body();
        assertTrue(english.contains("10 May 2027, 09:00") && !english.matches("(?s).*\\d (AM|PM)\\b.*"), english);

        Browser.Page asked = browser.submit(manage, "cancellation", Map.of(), "cancel");
        assertEquals(200, asked.status());
        assertTrue(asked.html().contains("Wirklich stornieren?"), asked.html());
        assertTrue(asked.html().contains("id=\"confirmCancel\"") && asked.html().contains("id=\"keep\""), asked.html());
        assertEquals("CONFIRMED", RegistrationFixtures.column(id, "status"), "the first POST cancels nothing");

        Browser.Page kept = browser.submit(asked, "cancelConfirm", Map.of(), "keep");
        assertTrue(kept.html().contains("Ihre Anmeldung bleibt bestehen."), kept.html());
        assertEquals("CONFIRMED", RegistrationFixtures.column(id, "status"), "keeping cancels nothing");

        Browser.Page askedAgain = browser.submit(kept, "cancellation", Map.of(), "cancel");
        Browser.Page cancelled = browser.submit(askedAgain, "cancelConfirm", Map.of(), "confirmCancel");
        assertTrue(cancelled.html().contains("Ihre Anmeldung ist storniert."), cancelled.html());
        assertEquals("CANCELLED", RegistrationFixtures.column(id, "status"), "the second step cancels");
    }

    @Test
    void invitationLinkPrefillsTheForm() {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("LANDRAT", 10, true, false));
        Answer invited = podium.post("/api/conferences/" + slug + "/invitations", """
                {"email":"landraetin@kreis.example","category":"LANDRAT","title":"Dr.",
                 "firstName":"Anke","lastName":"Müller-Weiß","office":"Landrätin"}""").asOrganizer().send();
        String code = invited.json().getString("code");
        Answer form = podium.get("/conferences/" + slug + "/register?invitation=" + code).send();
        assertEquals(200, form.status());
        assertTrue(form.body().contains("value=\"Müller-Weiß\""), form.body());
        assertTrue(form.body().contains("value=\"landraetin@kreis.example\""), form.body());
        assertTrue(form.body().contains("value=\"" + code + "\""), form.body());
    }

    @Test
    void confirmPageConfirmsOnlyAfterTheButton() throws Exception {
        String email = "confirmpage" + System.nanoTime() + "@example.org";
        long id = RegistrationFixtures.registered(PodiumServer.DEMO_SLUG,
                RegistrationFixtures.person("GUEST", email), "PENDING_CONFIRMATION");
        String token = RegistrationFixtures.column(id, "confirm_token");
        Answer page = podium.get("/registrations/confirm?token=" + token).send();
        assertEquals(200, page.status(), page::toString);
        assertEquals("PENDING_CONFIRMATION", RegistrationFixtures.column(id, "status"), "a link scanner confirms nothing");
        Answer pressed = podium.call("POST", "/registrations/confirm")
                .form("confirmation=confirmation&token=" + enc(token) + "&confirm=x&jakarta.faces.ViewState="
                        + enc(viewState(page.body())))
                .header("Origin", origin(page)).send();
        assertEquals(200, pressed.status(), pressed::toString);
        assertEquals("CONFIRMED", RegistrationFixtures.column(id, "status"), pressed.body());
    }

    @Test
    void organizerPagesNeedTheOrganizer() throws Exception {
        String slug = RegistrationFixtures.conference(false, 50, RegistrationFixtures.category("GUEST", 10, false, false));
        long lead = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", "orgpage" + System.nanoTime()
                + "@example.org", "Erika", "Mustermann", null), "CONFIRMED");
        assertEquals(201, podium.post("/api/registrations/self/" + RegistrationChecks.manageToken(lead) + "/delegation",
                RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "Jürgen", "Fahrer", null)).send().status());
        String list = "/organizer/conferences/" + slug + "/registrations";
        Answer anonymous = podium.get(list).send();
        assertTrue(anonymous.status() == 302 || anonymous.status() == 401, anonymous::toString);
        Answer asOrganizer = podium.get(list).asOrganizer().send();
        assertEquals(200, asOrganizer.status(), asOrganizer::toString);
        assertTrue(asOrganizer.body().contains("Mustermann"), asOrganizer.body());
        assertTrue(asOrganizer.body().contains("<meter"), asOrganizer.body());
        assertTrue(asOrganizer.body().contains("Begleitperson von Dr. Erika Mustermann"), "who delegated whom");
        assertTrue(asOrganizer.body().contains("<label for=\"days\""), "retention form");
        Answer checkin = podium.get("/organizer/conferences/" + slug + "/checkin").asOrganizer().send();
        assertEquals(200, checkin.status(), checkin::toString);
        assertTrue(checkin.body().contains("<label for=\"code\""), checkin.body());
    }
}
