package de.podium.registration;

import static de.podium.testsupport.Journey.awaitText;
import static de.podium.testsupport.Journey.clickAndLoad;
import static de.podium.testsupport.Journey.open;
import static de.podium.testsupport.Journey.type;
import static de.podium.testsupport.Journey.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import de.podium.testsupport.Chromium;
import de.podium.testsupport.Journey;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Issue #19: the Vorzimmer (a minister's office) phones in. The organizer enters the minister in the pages alone,
 * corrects a misspelt name when the office calls back, sends the confirmation again because it went to the wrong
 * inbox, moves her into the full Landrat category (waiting list) and finally cancels with a reason; the
 * registration's history tells all of it.
 */
class PhoneInJourneyIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static String de(String key, Object... args) {
        return Journey.text("de", key, args);
    }

    @Test
    void theVorzimmerPhonesInAndTheOrganizerDoesEverythingInThePages() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false),
                RegistrationFixtures.category("LANDRAT", 1, false, false));
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("LANDRAT", RegistrationFixtures.email()), "CONFIRMED");
        String email = Journey.unique("vorzimmer");

        try (Chromium browser = Chromium.open("phone-in", "de", new Dimension(1280, 1600))) {
            WebDriver driver = browser.driver();
            Journey.signIn(browser, PodiumServer.ORGANIZER, PodiumServer.DEMO_PASSWORD);
            open(browser, podium.baseUrl() + "/organizer/conferences/" + slug + "/registrations");
            awaitText(browser, de("organizer.entry.title"));

            new Select(driver.findElement(By.id("entry:category"))).selectByValue("GUEST");
            new Select(driver.findElement(By.id("entry:salutation"))).selectByValue("MS");
            type(driver, "entry:title", "Dr.");
            type(driver, "entry:firstName", "Petra");
            type(driver, "entry:lastName", "Müler");
            type(driver, "entry:office", "Ministerin");
            type(driver, "entry:organisation", "Hessisches Ministerium für Soziales");
            type(driver, "entry:email", email);
            new Select(driver.findElement(By.id("entry:enteredBy"))).selectByValue("phone");
            browser.screenshot("entry-filled");
            clickAndLoad(browser, driver.findElement(By.id("entry:enter")));
            awaitText(browser, "Dr. Petra Müler");
            assertEquals("CONFIRMED", RegistrationFixtures.status(email));
            String confirmation = MailChecks.text(Journey.mail(email, 1));
            assertTrue(confirmation.contains("Sehr geehrte Frau Ministerin Dr. Müler,"), confirmation);
            browser.screenshot("entered");

            // the office calls back: the name is Müller
            clickAndLoad(browser, driver.findElement(By.cssSelector("input[aria-label='" + de("organizer.entry.open") + ": Dr. Petra Müler']")));
            awaitText(browser, de("organizer.entry.editHeading"));
            assertEquals("Müler", driver.findElement(By.id("person:lastName")).getAttribute("value"), "the form holds her details");
            type(driver, "person:lastName", "");
            clickAndLoad(browser, driver.findElement(By.id("person:save")));
            assertTrue(driver.findElement(By.id("person:person-lastName-error")).getText().length() > 0,
                    "an empty name is refused next to the field: " + visible(browser));
            type(driver, "person:lastName", "Müller");
            clickAndLoad(browser, driver.findElement(By.id("person:save")));
            awaitText(browser, de("organizer.entry.edited"));
            assertEquals("Müller", RegistrationFixtures.column(registrationId(email), "last_name"));

            // the confirmation went to the wrong inbox: send it again
            clickAndLoad(browser, driver.findElement(By.id("change:resend")));
            awaitText(browser, de("organizer.entry.resent", de("mail.kind.registration.confirmed"), email));
            String again = MailChecks.text(Journey.mail(email, 2));
            assertTrue(again.contains("Sehr geehrte Frau Ministerin Dr. Müller,"), "the new name: " + again);
            assertTrue(again.contains(podium.baseUrl() + "/registrations/self/"), "with her personal link: " + again);

            // into the Landrat category, which is full: the waiting list
            new Select(driver.findElement(By.id("change:category"))).selectByValue("LANDRAT");
            clickAndLoad(browser, driver.findElement(By.id("change:move")));
            awaitText(browser, de("organizer.entry.moved", de("registration.status.WAITLISTED")));
            assertEquals("WAITLISTED", RegistrationFixtures.status(email));

            type(driver, "change:reason", "Terminkonflikt der Ministerin");
            clickAndLoad(browser, driver.findElement(By.id("change:cancel")));
            awaitText(browser, de("organizer.entry.cancelled"));
            assertEquals("CANCELLED", RegistrationFixtures.status(email));

            clickAndLoad(browser, driver.findElement(By.cssSelector("input[aria-label='" + de("organizer.entry.open") + ": Dr. Petra Müller']")));
            awaitText(browser, de("organizer.entry.history"));
            String history = driver.findElement(By.cssSelector("[aria-labelledby='history-heading']")).getText();
            for (String action : new String[] {"ENTERED", "EDITED", "RESENT", "MOVED", "CANCELLED"}) {
                assertTrue(history.contains(de("registration.history.action." + action)), action + " in the history:\n" + history);
            }
            assertTrue(history.contains("Terminkonflikt der Ministerin") && history.contains(de("registration.field.lastName")), history);
            browser.screenshot("history");
        }
    }

    private static long registrationId(String email) throws Exception {
        try (var db = PodiumServer.connect(); var q = db.prepareStatement("SELECT id FROM registration WHERE email = ?")) {
            q.setString(1, email);
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next(), "stored");
                return rs.getLong(1);
            }
        }
    }
}
