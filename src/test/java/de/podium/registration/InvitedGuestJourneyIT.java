package de.podium.registration;

import static de.podium.testsupport.Journey.awaitText;
import static de.podium.testsupport.Journey.clickAndLoad;
import static de.podium.testsupport.Journey.open;
import static de.podium.testsupport.Journey.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import de.podium.testsupport.Chromium;
import de.podium.testsupport.Journey;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Journey 2 in a real browser: a federal minister invited by the organizer opens the personal link from the
 * invitation mail in an English browser, finds the form filled in, registers and confirms in English.
 */
class InvitedGuestJourneyIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static String en(String key, Object... args) {
        return Journey.text("en", key, args);
    }

    @Test
    void invitedFederalMinisterRegistersInEnglishFromTheInvitationLink() throws Exception {
        String email = Journey.unique("bundesministerin");
        PodiumServer.Answer invited = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/invitations", """
                {"email":"%s","category":"MINISTER_BUND","title":"Dr.","firstName":"Johanna",
                 "lastName":"Weiß-Okafor","office":"Bundesministerin des Innern"}""".formatted(email)).asOrganizer().send();
        assertEquals(201, invited.status(), invited::toString);
        String code = invited.json().getString("code");
        String invitationLink = Journey.link(Journey.mail(email, 1), "/conferences/" + PodiumServer.DEMO_SLUG
                + "/register\\?invitation=[A-Za-z0-9_-]+");

        try (Chromium browser = Chromium.open("invited-guest", "en")) {
            var driver = browser.driver();
            open(browser, invitationLink);
            assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
            awaitText(browser, en("register.title"));
            Select category = new Select(driver.findElement(By.id("category")));
            assertTrue(category.getFirstSelectedOption().getText().startsWith("Federal minister"),
                    "the invitation's category in English: " + category.getFirstSelectedOption().getText());
            assertEquals("Weiß-Okafor", driver.findElement(By.id("lastName")).getAttribute("value"));
            assertEquals("Johanna", driver.findElement(By.id("firstName")).getAttribute("value"));
            assertEquals(email, driver.findElement(By.id("email")).getAttribute("value"));
            assertEquals(code, driver.findElement(By.id("invitationCode")).getAttribute("value"));
            assertEquals("en", new Select(driver.findElement(By.id("locale"))).getFirstSelectedOption().getAttribute("value"),
                    "mail in the language the guest reads the page in");
            browser.screenshot("prefilled-form");

            clickAndLoad(browser, driver.findElement(By.id("submit")));
            awaitText(browser, en("error.registration.consent.required"));
            assertEquals(en("error.registration.consent.required"), driver.findElement(By.id("consent-error")).getText(),
                    "without consent the form says so next to the box:\n" + visible(browser));
            browser.screenshot("consent-missing");

            driver.findElement(By.cssSelector("label[for='consent']")).click();
            clickAndLoad(browser, driver.findElement(By.id("submit")));
            awaitText(browser, en("register.done.title"));
            awaitText(browser, en("register.done.PENDING_CONFIRMATION"));
            browser.screenshot("registered");

            MimeMessage confirmMail = Journey.mail(email, 2);
            assertTrue(confirmMail.getSubject().startsWith("Please confirm your registration"), confirmMail.getSubject());
            String confirmLink = Journey.link(confirmMail, "/registrations/confirm\\?token=[A-Za-z0-9_-]+");
            open(browser, confirmLink);
            clickAndLoad(browser, driver.findElement(By.id("confirm")));
            awaitText(browser, en("confirm.done"));
            awaitText(browser, en("register.done.CONFIRMED"));
            browser.screenshot("confirmed");

            clickAndLoad(browser, driver.findElement(By.linkText(en("confirm.manage"))));
            String page = visible(browser);
            assertTrue(page.contains(en("registration.status.CONFIRMED")), page);
            assertTrue(page.contains("Federal minister"), page);
            assertTrue(page.contains("Johanna Weiß-Okafor"), page);
            browser.screenshot("manage-page");
        }
        MimeMessage welcome = Journey.mail(email, 3);
        assertTrue(welcome.getSubject().startsWith("Participation confirmed"), welcome.getSubject());
        assertEquals("CONFIRMED", RegistrationFixtures.status(email));
    }
}
