package de.podium.speaker;

import static de.podium.testsupport.Journey.awaitAjax;
import static de.podium.testsupport.Journey.awaitText;
import static de.podium.testsupport.Journey.clickAndLoad;
import static de.podium.testsupport.Journey.open;
import static de.podium.testsupport.Journey.type;
import static de.podium.testsupport.Journey.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import de.podium.testsupport.Chromium;
import de.podium.testsupport.Journey;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.SlideFixtures;
import de.podium.testsupport.SpeakerInvites;

/**
 * Journey 4 in a real browser: a speaker invited by the organizer follows the mail link, sets a password, signs in,
 * writes a short biography and uploads slides, then replaces them, so that two versions are kept.
 */
class SpeakerJourneyIT {

    static final String PASSWORD = "Werra-Meissner-2031!";
    static final String TITLE = "Sprachkurse im ländlichen Raum";

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static String de(String key, Object... args) {
        return Journey.text("de", key, args);
    }

    @Test
    void invitedSpeakerSetsAPasswordWritesABioAndUploadsTwoVersionsOfSlides() throws Exception {
        String email = Journey.unique("referent");
        SpeakerInvites.Invited invited = SpeakerInvites.invite(TITLE, email);
        MimeMessage invitation = Journey.mail(email, 1);
        String link = Journey.link(invitation, "/speaker/invitation/[A-Za-z0-9_-]{40,}");
        Path slides = Files.createDirectories(Path.of("target", "journey-slides"));
        Path v1 = Files.write(slides.resolve("sprachkurse-v1.pdf"), SlideFixtures.pdf());
        Path v2 = Files.write(slides.resolve("sprachkurse-v2.pdf"), new String(SlideFixtures.pdf(), StandardCharsets.ISO_8859_1)
                .replace("%PDF-1.7\n", "%PDF-1.7\n% zweite Fassung\n").getBytes(StandardCharsets.ISO_8859_1));

        try (Chromium browser = Chromium.open("speaker", "de")) {
            var driver = browser.driver();
            open(browser, link);
            awaitText(browser, de("speaker.invitation.title"));
            String page = visible(browser);
            assertTrue(page.contains(TITLE) && page.contains(email), page);
            type(driver, "invitation:password", PASSWORD);
            type(driver, "invitation:passwordRepeated", PASSWORD);
            browser.screenshot("set-password");
            clickAndLoad(browser, driver.findElement(By.id("invitation:accept")));
            assertTrue(driver.getCurrentUrl().contains("/login"), "on to sign in: " + driver.getCurrentUrl());

            type(driver, "email", email);
            type(driver, "password", PASSWORD);
            clickAndLoad(browser, driver.findElement(By.id("submit")));
            awaitText(browser, de("speaker.home.title"));
            assertTrue(visible(browser).contains(TITLE), visible(browser));
            assertTrue(visible(browser).contains(de("speaker.home.noSlides")), visible(browser));
            browser.screenshot("speaker-home");

            // the biography
            clickAndLoad(browser, driver.findElement(By.linkText(de("speaker.home.profile"))));
            String bio = "Leitet seit 2015 das Integrationsbüro des Landkreises und baut Sprachkurse in 14 Gemeinden auf.";
            // issue #23: the bio is written in an editor with formatting buttons, and adding a time window keeps it
            WebElement editor = driver.findElement(By.id("profile:bioDe-editor"));
            editor.click();
            editor.sendKeys(bio);
            editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
            driver.findElement(By.cssSelector("button[aria-label='" + de("richText.bold") + "']")).click();
            browser.screenshot("bio-written");
            clickAndLoad(browser, driver.findElement(By.id("profile:add")));
            assertTrue(driver.findElement(By.id("profile:bioDe-editor")).getText().contains(bio), "kept when a window is added");
            driver.findElement(By.id("profile:windows:0:start")).sendKeys("12.06.2031 9:00");
            driver.findElement(By.id("profile:windows:0:end")).sendKeys("12.06.2031 17:00");
            clickAndLoad(browser, driver.findElement(By.id("profile:save")));
            awaitText(browser, de("speaker.profile.saved"));
            open(browser, driver.getCurrentUrl());
            assertTrue(driver.findElement(By.id("profile:bioDe")).getAttribute("value").contains("<b>" + bio + "</b>"),
                    "the bio is kept, in bold: " + driver.findElement(By.id("profile:bioDe")).getAttribute("value"));
            assertEquals("12.06.2031 09:00", driver.findElement(By.id("profile:windows:0:start")).getAttribute("value"));
            browser.screenshot("bio-saved");

            // slides, then a replacement
            open(browser, podium.baseUrl() + "/speaker/");
            clickAndLoad(browser, driver.findElement(By.linkText(de("speaker.home.uploadSlides"))));
            awaitText(browser, de("speaker.slides.title") + ": " + TITLE);
            upload(browser, v1);
            awaitText(browser, de("speaker.slides.uploaded", 1));
            assertEquals(List.of("sprachkurse-v1.pdf"), versions(browser));
            browser.screenshot("slides-v1");
            upload(browser, v2);
            awaitText(browser, de("speaker.slides.uploaded", 2));
            assertEquals(List.of("sprachkurse-v1.pdf", "sprachkurse-v2.pdf"), versions(browser).stream().sorted().toList());
            browser.screenshot("slides-v2");

            open(browser, podium.baseUrl() + "/speaker/");
            assertTrue(visible(browser).contains(de("speaker.home.slidesVersion") + " 2: sprachkurse-v2.pdf"), visible(browser));
            browser.screenshot("speaker-home-with-slides");
        }
        PodiumServer.Answer versions = podium.get("/api/conferences/" + invited.slug() + "/talks/" + invited.talk()
                + "/slides/versions").asOrganizer().send();
        assertEquals(200, versions.status(), versions::toString);
        assertEquals(2, versions.jsonArray().size(), versions::toString);
    }

    /** Chooses a file in PrimeFaces' upload (auto upload) and waits for its AJAX answer. */
    static void upload(Chromium browser, Path file) {
        WebElement input = browser.driver().findElement(By.cssSelector("#slides\\:file input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
        awaitAjax(browser);
    }

    /** The file names in the versions table. */
    static List<String> versions(Chromium browser) {
        return browser.driver().findElements(By.cssSelector("#slides\\:versions tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }
}
