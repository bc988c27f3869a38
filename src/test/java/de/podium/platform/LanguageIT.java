package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import de.podium.testsupport.Chromium;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

/** German by default, English complete: Accept-Language on the first visit, the header switch remembered (cookie). */
class LanguageIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void firstVisitFollowsAcceptLanguageAndTheHeaderSwitchIsRemembered() {
        try (Chromium browser = Chromium.open("a11y", "en")) {
            WebDriver driver = browser.driver();
            driver.get(podium.baseUrl() + "/conferences/" + PodiumServer.DEMO_SLUG);
            assertEquals("en", lang(driver), "Accept-Language en on the first visit");
            assertTrue(nav(driver).contains("Conferences"), nav(driver));
            browser.screenshot("language-en-first-visit");

            WebElement toGerman = driver.findElement(By.cssSelector("header a[hreflang='de']"));
            assertEquals("Deutsch", toGerman.getText());
            assertEquals("de", toGerman.getDomAttribute("lang"), "the language name is marked up in its own language");
            toGerman.click();
            browser.waiting().until(d -> "de".equals(lang(d)));
            assertTrue(nav(driver).contains("Konferenzen"), nav(driver));

            driver.get(podium.baseUrl() + "/privacy");
            assertEquals("de", lang(driver), "the choice holds on the following pages, whatever the browser prefers");
            driver.get(podium.baseUrl() + "/login");
            assertEquals("de", lang(driver));
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Anmelden")
                    || nav(driver).contains("Konferenzen"), driver.findElement(By.tagName("main")).getText());
            browser.screenshot("language-switched-de");

            driver.findElement(By.cssSelector("header a[hreflang='en']")).click();
            browser.waiting().until(d -> "en".equals(lang(d)));
            driver.get(podium.baseUrl() + "/");
            assertEquals("en", lang(driver), "and back to English");
        }
    }

    @Test
    void germanIsTheDefaultWithoutAcceptLanguage() {
        Answer page = podium.get("/conferences/" + PodiumServer.DEMO_SLUG).send();
        assertEquals(200, page.status());
        assertTrue(page.body().contains("lang=\"de\""), "German without Accept-Language");
        Answer french = podium.get("/conferences/" + PodiumServer.DEMO_SLUG).header("Accept-Language", "fr-FR, en;q=0.5").send();
        assertTrue(french.body().contains("lang=\"en\""), "the first supported language of Accept-Language");
        assertTrue(podium.get("/").header("Accept-Language", "fr").send().body().contains("lang=\"de\""),
                "German when no supported language is accepted");
    }

    @Test
    void datesAndTimesFollowTheLocaleAndTheConferenceTimeZone() {
        String slug = "tz-" + System.nanoTime() % 1_000_000_000L;
        Answer created = podium.post("/api/conferences", """
                {"slug":"%s","title":"Partnerschaftstreffen","city":"New York","timeZone":"America/New_York",
                 "startsAt":"2027-05-10T09:00:00-04:00","endsAt":"2027-05-10T17:30:00-04:00",
                 "capacity":null,"doubleOptIn":false,"categories":[],"tracks":[]}""".formatted(slug))
                .asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        String german = podium.get("/conferences/" + slug).header("Accept-Language", "de").send().body();
        assertTrue(german.contains("10.05.2027, 09:00 Uhr"), "German date and time of day in New York:\n" + german);
        assertTrue(german.contains("17:30 Uhr"), german);
        assertTrue(german.contains("datetime=\"2027-05-10T09:00-04:00\""), german);
        String english = podium.get("/conferences/" + slug).header("Accept-Language", "en").send().body();
        assertTrue(english.contains("10 May 2027, 09:00"), "English date and time of day in New York, in 24-hour time:\n" + english);
        assertTrue(english.contains("17:30"), english);
        assertFalse(english.matches("(?s).*\\d:\\d\\d (AM|PM).*"), "no AM/PM in English:\n" + english);
    }

    static String lang(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang");
    }

    static String nav(WebDriver driver) {
        return driver.findElement(By.cssSelector("header nav")).getText();
    }
}
