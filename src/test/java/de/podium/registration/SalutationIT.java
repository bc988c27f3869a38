package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;
import de.podium.testsupport.TestMail;

/** Mails and the manage link open by protocol: salutation, office, academic title and surname (issue #20 item 1). */
class SalutationIT {

    static PodiumServer podium;
    static TestMail mail;
    static String slug;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        mail = TestMail.get();
        slug = RegistrationFixtures.conference(false, 50, RegistrationFixtures.category("LANDRAT", 20, false, false));
    }

    static String person(String email, String salutation, String title, String first, String last, String office,
                         String locale) {
        return """
                {"category":"LANDRAT","salutation":%s,"title":%s,"firstName":"%s","lastName":"%s","office":"%s",
                 "email":"%s","locale":"%s","consent":{"privacyPolicyVersion":"2026-01","listInParticipants":true}}
                """.formatted(salutation == null ? "null" : "\"" + salutation + "\"",
                title == null ? "null" : "\"" + title + "\"", first, last, office, email, locale);
    }

    @Test
    void aLandratIsGreetedAsLandratInTheConfirmationMail() throws Exception {
        String email = RegistrationFixtures.email();
        RegistrationFixtures.registered(slug, person(email, "MR", null, "Stefan", "Reuß",
                "Landrat des Werra-Meißner-Kreises", "de"), "CONFIRMED");

        MimeMessage confirmed = mail.awaitTo(email, 1, Duration.ofSeconds(30)).get(0);
        String text = MailChecks.text(confirmed);
        assertTrue(text.startsWith("Sehr geehrter Herr Landrat Reuß,"), text);
    }

    @Test
    void aMinisterWithDoctorateReadsHerOfficeBeforeTheTitle() throws Exception {
        String email = RegistrationFixtures.email();
        RegistrationFixtures.registered(slug, person(email, "MS", "Dr.", "Anna", "Müller",
                "Ministerin für Soziales und Integration", "de"), "CONFIRMED");

        String text = MailChecks.text(mail.awaitTo(email, 1, Duration.ofSeconds(30)).get(0));
        assertTrue(text.startsWith("Sehr geehrte Frau Ministerin Dr. Müller,"), text);
    }

    @Test
    void withoutSalutationTheMailGreetsByNameAndTheApiSaysNone() throws Exception {
        String email = RegistrationFixtures.email();
        RegistrationFixtures.registered(slug, person(email, null, null, "Alex", "Schmidt", "Referent", "de"),
                "CONFIRMED");

        String text = MailChecks.text(mail.awaitTo(email, 1, Duration.ofSeconds(30)).get(0));
        assertTrue(text.startsWith("Guten Tag Alex Schmidt,"), text);
        JsonObject own = podium.get("/api/registrations/self/" + manageToken(text)).send().json();
        assertEquals("NONE", own.getString("salutation"));
        assertEquals("Guten Tag Alex Schmidt,", own.getString("letterSalutation"));
    }

    @Test
    void englishMailsAddressAMinisterByOfficeAndALandratAsMr() throws Exception {
        String minister = RegistrationFixtures.email();
        RegistrationFixtures.registered(slug, person(minister, "MS", "Dr.", "Anna", "Müller", "Bundesministerin",
                "en"), "CONFIRMED");
        String landrat = RegistrationFixtures.email();
        RegistrationFixtures.registered(slug, person(landrat, "MR", null, "Stefan", "Reuß", "Landrat", "en"),
                "CONFIRMED");

        assertTrue(MailChecks.text(mail.awaitTo(minister, 1, Duration.ofSeconds(30)).get(0))
                .startsWith("Dear Minister Müller,"));
        String text = MailChecks.text(mail.awaitTo(landrat, 1, Duration.ofSeconds(30)).get(0));
        assertTrue(text.startsWith("Dear Mr Reuß,"), text);
        JsonObject own = podium.get("/api/registrations/self/" + manageToken(text)).send().json();
        assertEquals("MR", own.getString("salutation"));
        assertEquals("Dear Mr Reuß,", own.getString("letterSalutation"));
    }

    @Test
    void correctingTheSalutationChangesTheGreetingAndAnUnknownOneIsRefusedNamingTheField() throws Exception {
        String email = RegistrationFixtures.email();
        RegistrationFixtures.registered(slug, person(email, null, null, "Heike", "Albers", "Landrätin", "de"),
                "CONFIRMED");
        String token = manageToken(MailChecks.text(mail.awaitTo(email, 1, Duration.ofSeconds(30)).get(0)));

        Answer refused = podium.put("/api/registrations/self/" + token,
                "{\"salutation\":\"MADAM\",\"firstName\":\"Heike\",\"lastName\":\"Albers\"}").send();
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("salutation"), refused::toString);
        assertEquals("Guten Tag Heike Albers,", podium.get("/api/registrations/self/" + token).send().json()
                .getString("letterSalutation"));

        Answer corrected = podium.put("/api/registrations/self/" + token,
                "{\"salutation\":\"MS\",\"firstName\":\"Heike\",\"lastName\":\"Albers\",\"office\":\"Landrätin\"}")
                .send();
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("Sehr geehrte Frau Landrätin Albers,", corrected.json().getString("letterSalutation"));
    }

    static String manageToken(String mailText) {
        Matcher manage = Pattern.compile("/registrations/self/([A-Za-z0-9_-]+)").matcher(mailText);
        assertTrue(manage.find(), mailText);
        return manage.group(1);
    }

    @Test
    void anOrganizersInvitationGreetsTheInviteeByProtocolAndPrefillsTheSalutation() throws Exception {
        String invited = RegistrationFixtures.conference(false, 10, RegistrationFixtures.category("LANDRAT", 5, true, false));
        String email = RegistrationFixtures.email();
        Answer invitation = podium.post("/api/conferences/" + invited + "/invitations", """
                {"email":"%s","category":"LANDRAT","salutation":"MR","firstName":"Stefan","lastName":"Reuß",
                 "office":"Landrat des Werra-Meißner-Kreises"}""".formatted(email)).asOrganizer().send();
        assertEquals(201, invitation.status(), invitation::toString);

        String text = MailChecks.text(mail.awaitTo(email, 1, Duration.ofSeconds(30)).get(0));
        assertTrue(text.startsWith("Sehr geehrter Herr Landrat Reuß,"), text);
        String form = podium.get("/conferences/" + invited + "/register?invitation="
                + invitation.json().getString("code")).send().body();
        assertTrue(form.matches("(?s).*<option value=\"MR\" selected=\"selected\">Herr</option>.*"),
                "the form starts with the invitation's salutation");

        Answer refused = podium.post("/api/conferences/" + invited + "/invitations", """
                {"email":"%s","category":"LANDRAT","salutation":"SIR"}""".formatted(RegistrationFixtures.email()))
                .asOrganizer().send();
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("salutation"), refused::toString);
    }
}
