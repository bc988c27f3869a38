package de.podium.registration;

import static de.podium.testsupport.Journey.awaitText;
import static de.podium.testsupport.Journey.clickAndLoad;
import static de.podium.testsupport.Journey.open;
import static de.podium.testsupport.Journey.type;
import static de.podium.testsupport.Journey.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import de.podium.testsupport.Chromium;
import de.podium.testsupport.Journey;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Journey 1 in a real browser: an integration officer registers for the demo conference in German, confirms through
 * the link in the mail, opens the manage page, marks two talks for the personal agenda and cancels.
 */
class AttendeeJourneyIT {

    static final String MASTERPLAN = "Masterplan Integration des Werra-Meißner-Kreises";
    static final String OPENING = "Eröffnung der Tagung";

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static String de(String key, Object... args) {
        return Journey.text("de", key, args);
    }

    @Test
    void attendeeRegistersConfirmsMarksTwoTalksAndCancels() throws Exception {
        String email = Journey.unique("integration");
        try (Chromium browser = Chromium.open("attendee", "de")) {
            var driver = browser.driver();
            open(browser, podium.baseUrl() + "/conferences/" + PodiumServer.DEMO_SLUG + "/register");
            assertTrue(visible(browser).contains(de("register.title")), visible(browser));
            new Select(driver.findElement(By.id("category"))).selectByValue("INTEGRATION_OFFICER");
            type(driver, "firstName", "Leyla");
            type(driver, "lastName", "Yıldız-Große");
            type(driver, "office", "Integrationsbeauftragte");
            type(driver, "organisation", "Landkreis Göttingen");
            type(driver, "email", email);
            new Select(driver.findElement(By.id("locale"))).selectByValue("de");
            driver.findElement(By.cssSelector("label[for='consent']")).click();
            assertTrue(driver.findElement(By.id("consent")).isSelected(), "the label ticks the consent box");
            browser.screenshot("form-filled");
            clickAndLoad(browser, driver.findElement(By.id("submit")));
            awaitText(browser, de("register.done.PENDING_CONFIRMATION"));
            browser.screenshot("mail-sent");

            MimeMessage confirmMail = Journey.mail(email, 1);
            assertTrue(confirmMail.getSubject().startsWith("Bitte bestätigen Sie Ihre Anmeldung"), confirmMail.getSubject());
            String confirmLink = Journey.link(confirmMail, "/registrations/confirm\\?token=[A-Za-z0-9_-]+");
            String manageLink = Journey.link(confirmMail, "/registrations/self/[A-Za-z0-9_-]+");

            open(browser, confirmLink);
            assertFalse(visible(browser).contains(de("confirm.done")), "a visit alone confirms nothing");
            browser.screenshot("confirm-page");
            clickAndLoad(browser, driver.findElement(By.id("confirm")));
            awaitText(browser, de("confirm.done"));
            awaitText(browser, de("register.done.CONFIRMED"));
            browser.screenshot("confirmed");

            open(browser, manageLink);
            awaitText(browser, de("self.title"));
            String page = visible(browser);
            assertTrue(page.contains(de("registration.status.CONFIRMED")), page);
            assertTrue(page.contains("Leyla Yıldız-Große") && page.contains(email), page);
            assertTrue(page.contains(de("self.agenda")), page);
            assertTrue(driver.findElement(By.cssSelector("img.qr")).getAttribute("naturalWidth").matches("[1-9][0-9]*"),
                    "the QR code image loads");
            browser.screenshot("manage-page");

            mark(browser, MASTERPLAN);
            mark(browser, OPENING);
            browser.screenshot("two-talks-marked");
            String token = manageLink.substring(manageLink.lastIndexOf('/') + 1);
            List<String> marked = podium.get("/api/registrations/self/" + token + "/agenda").send().jsonArray()
                    .getValuesAs(JsonObject.class).stream().map(t -> t.getString("title")).sorted().toList();
            assertEquals(List.of(OPENING, MASTERPLAN).stream().sorted().toList(), marked);

            WebElement cancel = driver.findElement(By.id("cancel"));
            assertEquals(de("self.cancel"), cancel.getAttribute("value"));
            clickAndLoad(browser, cancel);
            awaitText(browser, de("self.cancel.ask"));
            assertTrue(visible(browser).contains(de("registration.status.CONFIRMED")), "the first click cancels nothing");
            browser.screenshot("cancel-asks-once-more");
            clickAndLoad(browser, driver.findElement(By.id("confirmCancel")));
            awaitText(browser, de("self.cancelled"));
            page = visible(browser);
            assertTrue(page.contains(de("registration.status.CANCELLED")), page);
            assertTrue(driver.findElements(By.id("cancel")).isEmpty(), "nothing left to cancel");
            assertTrue(!page.contains(de("self.agenda.remove")) && !page.contains(de("self.agenda.add")),
                    "a cancelled registration has no personal agenda to change: " + page);
            assertEquals(1, page.split(java.util.regex.Pattern.quote(de("self.cancelled")), -1).length - 1,
                    "the outcome is said once, not again inside the agenda form:\n" + page);
            assertEquals(de("self.cancelled"), driver.findElement(By.cssSelector("#messages .messages--info")).getText(),
                    "an outcome, not styled as an error");
            browser.screenshot("cancelled");
        }
        assertEquals("CANCELLED", RegistrationFixtures.status(email));
    }

    /** Presses "Vormerken" of one talk and waits until the page offers to unmark it. */
    static void mark(Chromium browser, String title) {
        String add = de("self.agenda.add") + ": " + title;
        String remove = de("self.agenda.remove") + ": " + title;
        WebElement button = browser.driver().findElement(By.cssSelector("input[aria-label='" + add + "']"));
        clickAndLoad(browser, button);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("input[aria-label='" + remove + "']")).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("input[aria-label='" + add + "']")).isEmpty(),
                "no second mark button for " + title);
    }
}
