package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import de.podium.testsupport.Chromium;
import de.podium.testsupport.PageChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.RegistrationFixtures;

/** Registration, manage link and check-in at 360 px: no horizontal scrolling, the main button reachable. */
class ResponsiveIT {

    static final int WIDTH = 360;
    static PodiumServer podium;
    static Chromium browser;

    @BeforeAll
    static void boot() throws Exception {
        podium = PodiumServer.get();
        browser = Chromium.open("a11y", "de", new Dimension(WIDTH, 800));
        Long inner = (Long) js(browser.driver()).executeScript("return window.innerWidth");
        if (inner > WIDTH) {
            // a browser that keeps a wider minimum window gets a 360 px phone viewport through DevTools instead
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", WIDTH, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void registrationManageLinkAndCheckinFitA360PixelScreen() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()),
                "CONFIRMED");
        String token = RegistrationFixtures.column(id, "manage_token");
        check("360-register", "/conferences/" + slug + "/register", "submit");
        check("360-self", "/registrations/self/" + token, "save");
        PageChecks.signIn(browser, PodiumServer.ORGANIZER);
        check("360-checkin", "/organizer/conferences/" + slug + "/checkin", "submit");
    }

    /** Issue #19 item 4: the door finds a guest by typing part of the name and checks them in, on a phone. */
    @Test
    void aDoorCheckInByNameWorksOnA360PixelScreen() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "Greta",
                "Tannhäuser", null), "CONFIRMED");
        PageChecks.signIn(browser, PodiumServer.ORGANIZER);
        WebDriver driver = browser.driver();
        driver.get(podium.baseUrl() + "/organizer/conferences/" + slug + "/checkin");
        PageChecks.awaitLoaded(browser);
        assertTrue(driver.findElement(By.id("count")).getText().contains("0 / 1"));
        driver.findElement(By.id("search:outsideWindow")).click();
        driver.findElement(By.id("search:q")).sendKeys("tannh");
        WebElement checkIn = browser.waiting().until(d -> d.findElements(
                By.cssSelector("#search\\:results input[type=submit]")).stream().findFirst().orElse(null));
        assertTrue(driver.findElement(By.id("search:results")).getText().contains("Greta Tannhäuser"), "found as typed");
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", checkIn);
        browser.screenshot("360-checkin-search");
        assertFits("360-checkin-search", driver);
        checkIn.click();
        browser.waiting().until(d -> d.findElement(By.id("count")).getText().contains("1 / 1"));
        String result = driver.findElement(By.cssSelector(".checkin-result")).getText();
        assertTrue(result.contains("Greta Tannhäuser") && result.contains("GUEST"), result);
        browser.screenshot("360-checkin-done");
        assertFits("360-checkin-done", driver);
    }

    private static void assertFits(String name, WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<Long> widths = (List<Long>) js(driver).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
        assertTrue(widths.get(0) <= widths.get(1), name + ": the page scrolls sideways, scrollWidth " + widths.get(0)
                + " > " + widths.get(1) + "; widest elements: " + widest(driver));
    }

    private void check(String name, String path, String buttonId) {
        WebDriver driver = browser.driver();
        driver.get(podium.baseUrl() + path);
        PageChecks.awaitLoaded(browser);
        @SuppressWarnings("unchecked")
        List<Long> widths = (List<Long>) js(driver).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
        assertEquals(WIDTH, widths.get(1), "viewport width");
        WebElement button = driver.findElement(By.id(buttonId));
        js(driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        browser.screenshot(name);
        assertTrue(widths.get(0) <= widths.get(1), name + ": the page scrolls sideways, scrollWidth " + widths.get(0)
                + " > " + widths.get(1) + "; widest elements: " + widest(driver));
        assertTrue(button.isDisplayed() && button.isEnabled(), name + ": the button is shown");
        Object onTop = js(driver).executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return r.left >= 0 && r.right <= window.innerWidth"
                + " && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === arguments[0];", button);
        assertEquals(Boolean.TRUE, onTop, name + ": the button is inside the screen and not covered");
    }

    private static Object widest(WebDriver driver) {
        return js(driver).executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                + ".slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''))"
                + ".join(', ')");
    }

    static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
