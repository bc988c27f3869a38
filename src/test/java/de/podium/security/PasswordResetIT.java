package de.podium.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.SpeakerInvites;
import de.podium.testsupport.TestMail;

/** "Passwort vergessen" as a speaker meets it: link by mail, new password, signed in, other sessions ended. */
class PasswordResetIT {

    static final String FIRST = "Werra-Meissner-2031";
    static final String SECOND = "Kreishaus-Eschwege-77";

    static PodiumServer podium;
    static TestMail mail;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        mail = TestMail.get();
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLinkAndOtherSessionsEnd() throws Exception {
        String email = speakerAccount("vergessen");
        Browser elsewhere = signedIn(email, FIRST);
        assertEquals(200, elsewhere.get("/speaker/").status(), "signed in on another device");

        Browser browser = new Browser(podium);
        Page login = browser.get("/login");
        assertTrue(login.html().contains("href=\"/password-reset\""), "the sign-in page offers the reset: " + login.html());
        Page form = browser.get("/password-reset");
        Page sent = browser.submit(form, "reset", Map.of("reset:email", email.toUpperCase()), "reset:send");
        assertEquals(200, sent.status(), sent.html());
        assertTrue(sent.html().contains("Wenn es zu dieser Adresse ein Konto gibt"), sent.html());

        String link = resetLink(email);
        Page choose = browser.get(link);
        assertTrue(choose.html().contains("Neues Passwort festlegen"), choose.html());
        Page mismatch = browser.submit(choose, "choose", Map.of("choose:password", SECOND, "choose:passwordRepeated", SECOND + "x"), "choose:save");
        assertTrue(mismatch.html().contains("stimmen nicht überein"), mismatch.html());
        Page weak = browser.submit(choose, "choose", Map.of("choose:password", "kurz", "choose:passwordRepeated", "kurz"), "choose:save");
        assertTrue(weak.html().contains("mindestens 12 Zeichen lang"), weak.html());
        Page done = browser.submit(choose, "choose", Map.of("choose:password", SECOND, "choose:passwordRepeated", SECOND), "choose:save");
        assertEquals(302, done.status(), done.html());
        assertTrue(done.location().endsWith("/speaker/"), "signed in at once: " + done.location());
        assertEquals(200, browser.get("/speaker/").status());

        Page ended = elsewhere.get("/speaker/");
        assertEquals(302, ended.status(), "the session on the other device has ended");
        assertTrue(ended.location().contains("/login"), ended.location());
        assertEquals(401, podium.get("/api/speaker/talks").as(email, FIRST).send().status(), "old password refused");
        assertEquals(200, podium.get("/api/speaker/talks").as(email, SECOND).send().status(), "new password works");

        Page again = new Browser(podium).get(link);
        assertTrue(again.html().contains("abgelaufen oder wurde schon benutzt"), "a link works once: " + again.html());
        String token = link.substring(link.indexOf("token=") + 6);
        Answer reused = podium.post("/api/password-reset/confirm", """
                {"token":"%s","password":"Noch-ein-Passwort-2032"}""".formatted(token)).send();
        assertEquals(410, reused.status(), reused::toString);
    }

    @Test
    void theAnswerIsTheSameWhetherTheAddressHasAnAccountOrNot() throws Exception {
        String email = speakerAccount("gleich");
        String nobody = "niemand" + System.nanoTime() + "@example.org";
        Answer unknown = podium.post("/api/password-reset", "{\"email\":\"" + nobody + "\"}").send();
        Answer known = podium.post("/api/password-reset", "{\"email\":\"" + email + "\"}").send();
        assertEquals(202, unknown.status(), unknown::toString);
        assertEquals(202, known.status(), known::toString);
        assertEquals(unknown.body(), known.body());
        resetLink(email);
        assertTrue(mail.to(nobody).isEmpty(), "no mail to an address without an account");
        Answer blank = podium.post("/api/password-reset", "{\"email\":\"\"}").send();
        assertEquals(422, blank.status(), blank::toString);
        assertEquals("email", blank.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStaysUsableUntilItExpires() throws Exception {
        String email = speakerAccount("abgelaufen");
        assertEquals(202, podium.post("/api/password-reset", "{\"email\":\"" + email + "\"}").send().status());
        String link = resetLink(email);
        String token = link.substring(link.indexOf("token=") + 6);

        Answer weak = podium.post("/api/password-reset/confirm", """
                {"token":"%s","password":"passwort123"}""".formatted(token)).send();
        assertEquals(422, weak.status(), weak::toString);
        assertEquals("password", weak.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(200, podium.get("/api/speaker/talks").as(email, FIRST).send().status(), "password unchanged");

        try (Connection db = PodiumServer.connect();
             PreparedStatement expire = db.prepareStatement("UPDATE password_reset SET expires_at = expires_at - INTERVAL '2 hours' "
                     + "WHERE account_id = (SELECT id FROM account WHERE email = ?)")) {
            expire.setString(1, email);
            assertEquals(1, expire.executeUpdate());
        }
        Answer expired = podium.post("/api/password-reset/confirm", """
                {"token":"%s","password":"%s"}""".formatted(token, SECOND)).send();
        assertEquals(410, expired.status(), expired::toString);
        assertFalse(expired.body().contains("Exception"), expired.body());
        assertEquals(200, podium.get("/api/speaker/talks").as(email, FIRST).send().status(), "password still unchanged");
    }

    /** A speaker account with password {@link #FIRST}, made the way speakers get one: by invitation. */
    static String speakerAccount(String prefix) throws Exception {
        String email = prefix + System.nanoTime() + "@example.org";
        SpeakerInvites.invite("Passwort " + prefix, email);
        Browser browser = new Browser(podium);
        Page page = browser.get(SpeakerInvites.invitationLink(email));
        Page accepted = browser.submit(page, "invitation",
                Map.of("invitation:password", FIRST, "invitation:passwordRepeated", FIRST), "invitation:accept");
        assertEquals(302, accepted.status(), accepted.html());
        return email;
    }

    static Browser signedIn(String email, String password) {
        Browser browser = new Browser(podium);
        Page after = browser.submit(browser.get("/login"), "login", Map.of("email", email, "password", password), "submit");
        assertEquals(302, after.status(), after.html());
        return browser;
    }

    /** The path and query of the reset link in the second mail to the address (the first is the invitation). */
    static String resetLink(String email) throws Exception {
        List<MimeMessage> mails = mail.awaitTo(email, 2, Duration.ofSeconds(30));
        MimeMessage reset = mails.get(mails.size() - 1);
        assertEquals("Neues Passwort für Podium", reset.getSubject());
        String text = MailChecks.text(reset);
        Matcher link = Pattern.compile(Pattern.quote(podium.baseUrl()) + "(/password-reset\\?token=[A-Za-z0-9_-]{40,})").matcher(text);
        assertTrue(link.find(), text);
        assertTrue(text.contains("60 Minuten"), text);
        return link.group(1);
    }
}
