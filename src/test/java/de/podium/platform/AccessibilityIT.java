package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import de.podium.testsupport.Chromium;
import de.podium.testsupport.PageChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.RegistrationFixtures;
import de.podium.testsupport.SpeakerInvites;
import de.podium.testsupport.TestMail;

/**
 * Issue #9: every public, attendee and speaker page and the main organizer pages have no serious or critical
 * axe-core violation (WCAG 2.1 A/AA) and valid HTML (Nu Html Checker, errors only); a screenshot of each page
 * goes to target/screenshots/a11y/. Plus the skip link, landmarks, announced form errors and keyboard-only
 * registration. Run alone: {@code mvn -B verify -Dit.test=AccessibilityIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AccessibilityIT {

    enum Visitor { ANONYMOUS_DE, ANONYMOUS_EN, ORGANIZER, SPEAKER }

    record Checked(String name, Visitor visitor, String path) {
        @Override
        public String toString() {
            return name + " " + path;
        }
    }

    static PodiumServer podium;
    static final Map<Visitor, Chromium> browsers = new LinkedHashMap<>();
    static String openSlug;
    static String manageToken;
    static String confirmToken;
    static String invitationPath;
    static long talkId;
    static long speakerId;

    @BeforeAll
    static void boot() throws Exception {
        TestMail.get();
        podium = PodiumServer.get();
        openSlug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        // the register and manage pages show every kind of registration question, a full option and the sensitive ones
        PodiumServer.Answer questions = podium.put("/api/conferences/" + openSlug + "/questions", """
                [{"code":"RECEPTION","type":"YES_NO","label":{"de":"Teilnahme am Abendempfang","en":"Evening reception"}},
                 {"code":"DIET","type":"MULTI","label":{"de":"Essenswünsche","en":"Dietary requirements"},"sensitive":true,
                  "options":[{"code":"VEGAN","label":{"de":"vegan","en":"vegan"}}]},
                 {"code":"ACCESS","type":"TEXT","label":{"de":"Barrierefreiheit: Unterstützungsbedarf",
                  "en":"Accessibility: support needed"},"sensitive":true},
                 {"code":"WORKSHOP","type":"SINGLE","label":{"de":"Workshop-Wahl","en":"Workshop choice"},
                  "categories":["GUEST"],"options":[{"code":"FORUM_A","label":{"de":"Forum A","en":"Forum A"},"capacity":0},
                  {"code":"FORUM_B","label":{"de":"Forum B","en":"Forum B"}}]}]""").asOrganizer().send();
        assertEquals(200, questions.status(), questions::toString);
        long self = RegistrationFixtures.registered(openSlug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()),
                "CONFIRMED");
        manageToken = RegistrationFixtures.column(self, "manage_token");
        long pending = RegistrationFixtures.registered(PodiumServer.DEMO_SLUG,
                RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "PENDING_CONFIRMATION");
        confirmToken = RegistrationFixtures.column(pending, "confirm_token");
        SpeakerInvites.Invited invited = SpeakerInvites.invite("Barrierefreie Verwaltung",
                "a11y-" + System.nanoTime() + "@kreis.example");
        invitationPath = SpeakerInvites.invitationLink(invited.email());
        Matcher talk = Pattern.compile("/talks/([0-9]+)")
                .matcher(podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send().body());
        assertTrue(talk.find(), "the demo agenda links its talks");
        talkId = Long.parseLong(talk.group(1));
        Matcher speaker = Pattern.compile("/speakers/([0-9]+)")
                .matcher(podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/speakers").send().body());
        assertTrue(speaker.find(), "the demo speaker list links its speakers");
        speakerId = Long.parseLong(speaker.group(1));
    }

    @AfterAll
    static void closeBrowsers() {
        browsers.values().forEach(Chromium::close);
        browsers.clear();
    }

    static Stream<Checked> pages() {
        String demo = "/conferences/" + PodiumServer.DEMO_SLUG;
        String organizer = "/organizer/conferences/" + PodiumServer.DEMO_SLUG;
        String speaker = "/speaker/conferences/" + PodiumServer.DEMO_SLUG;
        List<Checked> pages = new ArrayList<>(List.of(
                new Checked("home", Visitor.ANONYMOUS_DE, "/"),
                new Checked("conference", Visitor.ANONYMOUS_DE, demo),
                new Checked("agenda", Visitor.ANONYMOUS_DE, demo + "/agenda"),
                new Checked("talk", Visitor.ANONYMOUS_DE, demo + "/talks/" + talkId),
                new Checked("speakers", Visitor.ANONYMOUS_DE, demo + "/speakers"),
                new Checked("speaker-public", Visitor.ANONYMOUS_DE, demo + "/speakers/" + speakerId),
                new Checked("press", Visitor.ANONYMOUS_DE, demo + "/press"),
                new Checked("privacy", Visitor.ANONYMOUS_DE, "/privacy"),
                new Checked("login", Visitor.ANONYMOUS_DE, "/login"),
                new Checked("password reset", Visitor.ANONYMOUS_DE, "/password-reset"),
                new Checked("register", Visitor.ANONYMOUS_DE, "/conferences/" + openSlug + "/register"),
                new Checked("register-closed", Visitor.ANONYMOUS_DE, demo + "/register"),
                new Checked("confirm", Visitor.ANONYMOUS_DE, "/registrations/confirm?token=" + confirmToken),
                new Checked("self", Visitor.ANONYMOUS_DE, "/registrations/self/" + manageToken),
                new Checked("speaker-invitation", Visitor.ANONYMOUS_DE, invitationPath),
                new Checked("error-404", Visitor.ANONYMOUS_DE, "/conferences/gibt-es-nicht"),
                new Checked("error-403", Visitor.ANONYMOUS_DE, "/pages/error/403.xhtml"),
                new Checked("error-500", Visitor.ANONYMOUS_DE, "/pages/error/500.xhtml"),
                new Checked("error-expired", Visitor.ANONYMOUS_DE, "/pages/error/expired.xhtml"),
                new Checked("en-conference", Visitor.ANONYMOUS_EN, demo),
                new Checked("en-agenda", Visitor.ANONYMOUS_EN, demo + "/agenda"),
                new Checked("en-speakers", Visitor.ANONYMOUS_EN, demo + "/speakers"),
                new Checked("en-speaker-public", Visitor.ANONYMOUS_EN, demo + "/speakers/" + speakerId),
                new Checked("en-register", Visitor.ANONYMOUS_EN, "/conferences/" + openSlug + "/register"),
                new Checked("en-self", Visitor.ANONYMOUS_EN, "/registrations/self/" + manageToken),
                new Checked("speaker-index", Visitor.SPEAKER, "/speaker/"),
                new Checked("speaker-profile", Visitor.SPEAKER, speaker + "/profile"),
                new Checked("speaker-slides", Visitor.SPEAKER, speaker + "/slides"),
                new Checked("organizer-index", Visitor.ORGANIZER, "/organizer/"),
                new Checked("organizer-conference-new", Visitor.ORGANIZER, "/organizer/conferences/new"),
                new Checked("organizer-conference-edit", Visitor.ORGANIZER, organizer),
                new Checked("organizer-questions", Visitor.ORGANIZER, organizer + "/questions"),
                new Checked("organizer-registrations", Visitor.ORGANIZER, organizer + "/registrations"),
                new Checked("organizer-agenda", Visitor.ORGANIZER, organizer + "/agenda"),
                new Checked("organizer-checkin", Visitor.ORGANIZER, organizer + "/checkin"),
                new Checked("organizer-documents", Visitor.ORGANIZER, organizer + "/documents"),
                new Checked("organizer-mail", Visitor.ORGANIZER, organizer + "/mail"),
                new Checked("organizer-slides", Visitor.ORGANIZER, organizer + "/slides"),
                new Checked("organizer-talks", Visitor.ORGANIZER, organizer + "/talks"),
                new Checked("organizer-press", Visitor.ORGANIZER, organizer + "/press"),
                new Checked("organizer-outbox", Visitor.ORGANIZER, organizer + "/outbox"),
                new Checked("organizer-mail-texts", Visitor.ORGANIZER, organizer + "/mail-texts"),
                new Checked("organizer-dashboard", Visitor.ORGANIZER, organizer + "/dashboard")));
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoSeriousViolationsAndValidHtml(Checked page) {
        Chromium browser = browser(page.visitor());
        WebDriver driver = browser.driver();
        driver.get(podium.baseUrl() + page.path());
        PageChecks.awaitLoaded(browser);
        browser.screenshot(page.name());
        String expectedLanguage = page.visitor() == Visitor.ANONYMOUS_EN ? "en" : "de";
        String problems = "";
        String lang = (String) js(driver).executeScript("return document.documentElement.lang");
        if (!expectedLanguage.equals(lang)) {
            problems += "\n<html lang> is '" + lang + "', expected '" + expectedLanguage + "'";
        }
        String dangling = PageChecks.danglingReferences(driver);
        if (!dangling.isEmpty()) {
            problems += "\naria-describedby/aria-labelledby naming no element (element -> missing id):\n" + dangling;
        }
        String axe = PageChecks.axe(driver);
        if (!axe.isEmpty()) {
            problems += "\naxe-core serious/critical violations (rule [impact] help, then selectors):\n" + axe;
        }
        String html = PageChecks.htmlErrors(PageChecks.source(driver));
        if (!html.isEmpty()) {
            problems += "\nNu Html Checker errors (line.column):\n" + html;
        }
        if (!problems.isEmpty()) {
            fail(page + " at " + driver.getCurrentUrl() + problems);
        }
    }

    @Test
    void everyPageHasSkipLinkLandmarksAndVisibleFocus() {
        Chromium browser = browser(Visitor.ANONYMOUS_DE);
        WebDriver driver = browser.driver();
        driver.get(podium.baseUrl() + "/conferences/" + PodiumServer.DEMO_SLUG);
        PageChecks.awaitLoaded(browser);
        for (String landmark : List.of("body > header", "body > header nav", "body > main", "body > footer")) {
            assertEquals(1, driver.findElements(By.cssSelector(landmark)).size(), "one landmark " + landmark);
        }
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("#main", skip.getDomAttribute("href"), "the first Tab reaches the skip link");
        assertTrue(skip.isDisplayed() && skip.getRect().getX() >= 0, "the focused skip link is on screen");
        String outline = (String) js(driver).executeScript(
                "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        assertTrue(outline.startsWith("solid") && !outline.endsWith(" 0px"), "visible focus outline, was " + outline);
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", driver.switchTo().activeElement().getAttribute("id"), "the skip link moves focus to main");
    }

    @Test
    void formErrorsAreAnnouncedAndLinkedToTheirFields() {
        Chromium browser = browser(Visitor.ANONYMOUS_DE);
        WebDriver driver = browser.driver();
        driver.get(podium.baseUrl() + "/conferences/" + openSlug + "/register");
        PageChecks.awaitLoaded(browser);
        driver.findElement(By.id("submit")).click();
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("firstName"), "aria-invalid", "true"));
        browser.screenshot("register-errors");
        WebElement firstName = driver.findElement(By.id("firstName"));
        String describedBy = firstName.getDomAttribute("aria-describedby");
        WebElement error = driver.findElement(By.id(describedBy.split(" ")[0]));
        assertTrue(error.isDisplayed() && !error.getText().isBlank(), "the error next to the field names the problem");
        String announced = (String) js(driver).executeScript(
                "const e = arguments[0]; const live = e.closest('[role=alert],[aria-live]'); return live ? 'yes' : 'no';",
                error);
        assertEquals("yes", announced, "the field error is in a live region (role=alert / aria-live)");
        assertTrue(!"true".equals(driver.findElement(By.id("title")).getDomAttribute("aria-invalid")),
                "an optional field is not marked invalid");
        String axe = PageChecks.axe(driver);
        assertTrue(axe.isEmpty(), "register page with errors:\n" + axe);
    }

    /** The German registration form filled and sent with the keyboard alone: Tab, typing, Space and Enter. */
    @Test
    void registrationWorksWithTheKeyboardAlone() throws Exception {
        Chromium browser = browser(Visitor.ANONYMOUS_DE);
        WebDriver driver = browser.driver();
        driver.get(podium.baseUrl() + "/conferences/" + openSlug + "/register");
        PageChecks.awaitLoaded(browser);
        String email = "tastatur" + System.nanoTime() + "@example.org";
        Map<String, CharSequence> typed = Map.of("title", "Dr.", "firstName", "Anke", "lastName", "Tastatur",
                "office", "Landrätin", "organisation", "Landkreis Kassel", "email", email);
        Actions keys = new Actions(driver);
        boolean consented = false;
        for (int presses = 0; presses < 60; presses++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            String id = focused.getAttribute("id");
            if (typed.containsKey(id)) {
                assertVisibleFocus(driver, id);
                new Actions(driver).sendKeys(typed.get(id)).perform();
            } else if ("consent".equals(id) && !consented) {
                new Actions(driver).sendKeys(Keys.SPACE).perform();
                consented = true;
            } else if ("submit".equals(id)) {
                assertVisibleFocus(driver, id);
                assertTrue(consented, "the consent box comes before the button in tab order");
                new Actions(driver).sendKeys(Keys.ENTER).perform();
                break;
            }
        }
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        browser.screenshot("register-keyboard-done");
        assertTrue(driver.findElement(By.id("done")).getText().contains("bestätigt"),
                driver.findElement(By.tagName("main")).getText());
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE email = ?", email));
    }

    /** WCAG 2.4.7: the focused element has an outline of at least 2 px (the theme of PrimeFaces removes it). */
    static void assertVisibleFocus(WebDriver driver, String id) {
        String outline = (String) js(driver).executeScript(
                "const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        assertTrue(outline.startsWith("solid") && !outline.endsWith(" 0px") && !outline.endsWith(" 1px"),
                "visible focus on #" + id + ", outline was " + outline);
    }

    static Chromium browser(Visitor visitor) {
        return browsers.computeIfAbsent(visitor, v -> {
            Chromium browser = Chromium.open("a11y", v == Visitor.ANONYMOUS_EN ? "en" : "de");
            if (v == Visitor.ORGANIZER) {
                PageChecks.signIn(browser, PodiumServer.ORGANIZER);
            } else if (v == Visitor.SPEAKER) {
                PageChecks.signIn(browser, PodiumServer.SPEAKER);
            }
            return browser;
        });
    }

    static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
