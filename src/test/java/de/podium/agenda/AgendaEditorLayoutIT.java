package de.podium.agenda;

import static de.podium.testsupport.Journey.awaitText;
import static de.podium.testsupport.Journey.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import de.podium.testsupport.AgendaFixtures;
import de.podium.testsupport.Chromium;
import de.podium.testsupport.Journey;
import de.podium.testsupport.PodiumServer;

/**
 * What issue #19 saw in the schedule editor, measured in Chromium: overlapping talks drawn on top of each other,
 * short talks with their times cut off, the talks still to place below a long grid.
 */
class AgendaEditorLayoutIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void parallelTalksStandSideBySideShortTalksStayReadableAndTheTalksToPlaceStandBesideTheGrid() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 100);
        AgendaFixtures.room(slug, "Forum West", 30);
        long first = AgendaFixtures.talk(slug, "Wohnraum auf dem Land", 60, 40, Journey.unique("layout"));
        long second = AgendaFixtures.talk(slug, "Leerstand nutzen", 45, 20, Journey.unique("layout"));
        long greeting = AgendaFixtures.talk(slug, "Grußwort der Landrätin des gastgebenden Kreises", 15, 40, Journey.unique("layout"));
        AgendaFixtures.talk(slug, "Noch ohne Platz", 30, 20, Journey.unique("layout"));
        AgendaFixtures.place(slug, first, plenary, "2027-06-01T10:00:00+02:00");
        AgendaFixtures.place(slug, second, plenary, "2027-06-01T10:30:00+02:00");
        AgendaFixtures.place(slug, greeting, plenary, "2027-06-01T09:00:00+02:00");

        try (Chromium browser = Chromium.open("agenda-layout", "de", new Dimension(1280, 900))) {
            var driver = browser.driver();
            Journey.signIn(browser, PodiumServer.ORGANIZER, PodiumServer.DEMO_PASSWORD);
            open(browser, podium.baseUrl() + "/organizer/conferences/" + slug + "/agenda");
            awaitText(browser, "Leerstand nutzen");
            browser.screenshot("grid");

            Map<String, Number> a = box(browser, "talk-" + first);
            Map<String, Number> b = box(browser, "talk-" + second);
            assertTrue(a.get("right").doubleValue() <= b.get("left").doubleValue() + 1
                            || b.get("right").doubleValue() <= a.get("left").doubleValue() + 1,
                    "the two talks at the same time in one room stand side by side: " + a + " / " + b);
            assertTrue(a.get("width").doubleValue() > 40 && b.get("width").doubleValue() > 40, "both readable: " + a + " / " + b);
            assertTrue(driver.findElement(By.id("talk-" + second)).getText().contains("⚠"), "with the warning");

            WebElement shortTalk = driver.findElement(By.id("talk-" + greeting));
            assertTrue(shortTalk.getText().contains("09:00"), "the short talk shows its time: " + shortTalk.getText());
            assertEquals("Grußwort der Landrätin des gastgebenden Kreises, 09:00 Uhr–09:15 Uhr", shortTalk.getAttribute("title"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", shortTalk);
            Map<String, Number> opened = box(browser, "talk-" + greeting);
            assertTrue(opened.get("scrollHeight").doubleValue() <= opened.get("height").doubleValue() + 1,
                    "on keyboard focus nothing of it is cut off: " + opened);
            assertTrue(shortTalk.getText().contains("Grußwort der Landrätin des gastgebenden Kreises"), shortTalk.getText());
            browser.screenshot("short-talk-focused");

            Map<String, Number> grid = box(browser, "grid", ".agenda-grid");
            Map<String, Number> toPlace = box(browser, "grid", ".agenda-board__side");
            assertTrue(toPlace.get("left").doubleValue() >= grid.get("right").doubleValue() - 1
                            && toPlace.get("top").doubleValue() < grid.get("bottom").doubleValue(),
                    "the talks still to place stand beside the grid, not below it: " + toPlace + " / " + grid);
            assertTrue(driver.findElement(By.cssSelector(".agenda-board__side")).getText().contains("Noch ohne Platz"));
        }
    }

    private static Map<String, Number> box(Chromium browser, String id) {
        return box(browser, id, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(Chromium browser, String id, String inside) {
        return (Map<String, Number>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var e = document.getElementById(arguments[0]);
                if (arguments[1]) { e = e.querySelector(arguments[1]); }
                var r = e.getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height,
                        scrollHeight: e.scrollHeight};""", id, inside);
    }
}
