package de.podium.agenda;

import static de.podium.testsupport.Journey.awaitText;
import static de.podium.testsupport.Journey.clickAndLoad;
import static de.podium.testsupport.Journey.open;
import static de.podium.testsupport.Journey.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.podium.testsupport.AgendaFixtures;
import de.podium.testsupport.Chromium;
import de.podium.testsupport.Journey;
import de.podium.testsupport.PdfChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Journey 3 in a real browser: the organizer approves a press registration, places one talk by drag and drop and
 * one through the keyboard form, sees the conflict, resolves it, publishes and prints badges as a background job.
 * It works on a conference of its own, so the demo agenda other tests read stays as seeded.
 */
class OrganizerJourneyIT {

    static final String FIRST = "Wohnraum auf dem Land";
    static final String SECOND = "Leerstand nutzen";

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static String de(String key, Object... args) {
        return Journey.text("de", key, args);
    }

    @Test
    void organizerApprovesPressPlacesTalksPublishesAndPrintsBadges() throws Exception {
        String slug = "journey-" + System.nanoTime() % 1_000_000_000L;
        PodiumServer.Answer created = podium.post("/api/conferences", """
                {"slug":"%s","title":"Fachtag Wohnen im ländlichen Raum","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-06-01T09:00:00+02:00","endsAt":"2027-06-01T13:00:00+02:00","capacity":200,
                 "doubleOptIn":false,
                 "categories":[{"code":"GUEST","name":"Gast","capacity":50},
                               {"code":"PRESS","name":"Presse","capacity":5,"approvalRequired":true}],
                 "tracks":[{"code":"WOHNEN","name":"Wohnen"}]}""".formatted(slug)).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 100);
        AgendaFixtures.room(slug, "Forum West", 30);
        String speaker = Journey.unique("referentin");
        long first = AgendaFixtures.talk(slug, FIRST, 60, 40, speaker);
        long second = AgendaFixtures.talk(slug, SECOND, 45, 20, speaker);
        String press = Journey.unique("redaktion");
        long pressId = RegistrationFixtures.registered(slug, RegistrationFixtures.person("PRESS", press, "Paula", "Presskorn", null),
                "PENDING_APPROVAL");

        // a tall window: the grid and the list of unplaced talks are both on screen for the drag
        try (Chromium browser = Chromium.open("organizer", "de", new Dimension(1280, 2400))) {
            var driver = browser.driver();
            Journey.signIn(browser, PodiumServer.ORGANIZER, PodiumServer.DEMO_PASSWORD);

            // approve the press registration
            open(browser, podium.baseUrl() + "/organizer/conferences/" + slug + "/registrations");
            awaitText(browser, "Presskorn");
            WebElement row = driver.findElement(By.xpath("//tr[td[contains(., '" + press + "')]]"));
            assertTrue(row.getText().contains(de("registration.status.PENDING_APPROVAL")), row.getText());
            assertTrue(counts(browser, "PRESS").contains(de("registration.status.PENDING_APPROVAL") + ": 1 "),
                    counts(browser, "PRESS"));
            browser.screenshot("press-pending");
            clickAndLoad(browser, row.findElement(By.cssSelector("input[value='" + de("organizer.registrations.approve") + "']")));
            row = driver.findElement(By.xpath("//tr[td[contains(., '" + press + "')]]"));
            assertTrue(row.getText().contains(de("registration.status.CONFIRMED")), row.getText());
            assertTrue(row.findElements(By.cssSelector("input[value='" + de("organizer.registrations.approve") + "']")).isEmpty());
            assertEquals("CONFIRMED", RegistrationFixtures.column(pressId, "status"));
            String pressCounts = counts(browser, "PRESS");
            assertTrue(pressCounts.contains(de("registration.status.CONFIRMED") + ": 1 ")
                    && pressCounts.contains(de("registration.status.PENDING_APPROVAL") + ": 0 "), "counts per status: " + pressCounts);
            browser.screenshot("press-approved");

            // drag the first talk onto 10:00 in the plenary hall
            open(browser, podium.baseUrl() + "/organizer/conferences/" + slug + "/agenda");
            awaitText(browser, de("agenda.editor.noWarnings"));
            browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!window.jQuery && jQuery('#talk-" + first + "').hasClass('ui-draggable');")));
            WebElement talk = driver.findElement(By.id("talk-" + first));
            WebElement cell = cell(browser, plenary, "2027-06-01T10:00");
            browser.screenshot("editor-before-drag");
            drag(browser, talk, cell);
            awaitText(browser, de("agenda.editor.placed", FIRST));
            assertEquals(1, driver.findElements(By.cssSelector("[data-room='" + plenary + "'][data-start^='2027-06-01T10:00'] #talk-"
                    + first)).size(), "the talk sits in the cell it was dropped on");
            assertEquals("2027-06-01T10:00:00+02:00", AgendaFixtures.talk(slug, first).getString("start"));
            browser.screenshot("dragged");

            // the keyboard form: the second talk at 10:30 in the same room clashes
            place(browser, second, plenary, "2027-06-01T10:30");
            awaitText(browser, de("agenda.editor.placed", SECOND));
            String warned = driver.findElement(By.id("warnings")).getText();
            assertTrue(warned.contains("Raum „Plenarsaal“ ist doppelt belegt"), warned);
            assertFalse(warned.contains(de("agenda.editor.noWarnings")), warned);
            assertTrue(driver.findElement(By.id("talk-" + second)).getAttribute("class").contains("agenda-talk--conflict"));
            assertTrue(driver.findElement(By.id("talk-" + second)).getText().contains("⚠"), "the conflict shows on the talk");
            browser.screenshot("conflict");

            // resolve it: the second talk after the first
            place(browser, second, plenary, "2027-06-01T11:15");
            awaitText(browser, de("agenda.editor.noWarnings"));
            assertFalse(driver.findElement(By.id("talk-" + second)).getAttribute("class").contains("agenda-talk--conflict"));
            browser.screenshot("resolved");

            Journey.type(driver, "publish:changelog", "Erster Stand");
            clickAndLoad(browser, driver.findElement(By.id("publish:publishButton")));
            awaitText(browser, de("agenda.editor.published", 1));
            assertEquals(1, podium.get("/api/conferences/" + slug + "/agenda").send().json().getInt("version"));
            browser.screenshot("published");

            // badges as a background job, downloaded when done
            open(browser, podium.baseUrl() + "/organizer/conferences/" + slug + "/documents");
            new Select(driver.findElement(By.id("jobs:layout"))).selectByValue("a6");
            clickAndLoad(browser, driver.findElement(By.id("jobs:startBadges")));
            awaitText(browser, de("documents.page.started"));
            assertEquals(de("documents.page.started"), driver.findElement(By.cssSelector("#jobs .messages--info")).getText());
            browser.screenshot("badges-started");
            String download = de("documents.page.download");
            WebElement link = new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                    d.findElements(By.linkText(download)).stream().findFirst().orElse(null));
            assertTrue(driver.findElement(By.id("progress")).getText().contains(de("documents.job.status.DONE")),
                    driver.findElement(By.id("progress")).getText());
            browser.screenshot("badges-done");
            Path file = Journey.download(browser, link, Path.of("target", "downloads", "organizer"));
            assertTrue(file.getFileName().toString().endsWith(".pdf"), file.toString());
            byte[] pdf = Files.readAllBytes(file);
            assertEquals("%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.ISO_8859_1));
            assertTrue(PdfChecks.pages(pdf) >= 1, "a PDF with pages");
            assertTrue(PdfChecks.text(pdf).contains("Presskorn"), "the approved journalist has a badge");
        }
    }

    /** The counts line of one category on the registrations page ("Bestätigt: 1 · …"). */
    static String counts(Chromium browser, String category) {
        return browser.driver().findElement(By.xpath("//li[span[@id='bar-" + category + "']]")).getText().replace('\n', ' ') + " ";
    }

    static WebElement cell(Chromium browser, long room, String start) {
        return browser.driver().findElement(By.cssSelector(".agenda-cell[data-room='" + room + "'][data-start^='" + start + "']"));
    }

    /**
     * A real pointer drag: press on the talk, move in small steps (jQuery UI starts a drag only after the pointer
     * moved while pressed), and release over the cell.
     */
    static void drag(Chromium browser, WebElement talk, WebElement cell) {
        Actions actions = new Actions(browser.driver()).moveToElement(talk).clickAndHold().pause(Duration.ofMillis(100))
                .moveByOffset(5, 5).pause(Duration.ofMillis(50)).moveByOffset(10, 10).pause(Duration.ofMillis(50));
        Journey.afterNextPage(browser, actions.moveToElement(cell).pause(Duration.ofMillis(100))
                .moveToElement(cell, 1, 1).pause(Duration.ofMillis(100)).release()::perform);
    }

    /** The keyboard alternative to dragging: talk, room and start from the form, then "Einplanen". */
    static void place(Chromium browser, long talk, long room, String start) {
        var driver = browser.driver();
        new Select(driver.findElement(By.id("place:talkId"))).selectByValue(Long.toString(talk));
        new Select(driver.findElement(By.id("place:roomId"))).selectByValue(Long.toString(room));
        new Select(driver.findElement(By.id("place:start"))).selectByValue(start);
        clickAndLoad(browser, driver.findElement(By.id("place:submit")));
        assertTrue(visible(browser).contains(de("agenda.editor.title")), visible(browser));
    }
}
