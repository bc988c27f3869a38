package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import de.podium.platform.AccessibilityIT.Checked;
import de.podium.platform.AccessibilityIT.Visitor;
import de.podium.testsupport.Chromium;
import de.podium.testsupport.PageChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.SlideFixtures;

/**
 * Issue #23 items 1 and 3: every page the accessibility test visits, in German and in English, on a 360 px
 * phone screen: the page does not scroll sideways, and what a person reads has no ISO timestamp, no enum
 * constant, no message key, no true/false and no sentence of the other language. Screenshots go to
 * target/screenshots/plain/.
 */
class PlainPagesIT {

    static final int WIDTH = 360;
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\d{2}:\\d{2}:\\d{2}\\.\\d+");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");
    /** An ISO date is the English page's input format, but never German text. */
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern BOOLEAN = Pattern.compile("\\b(?:true|false)\\b");
    private static final Map<String, Chromium> browsers = new LinkedHashMap<>();
    private static final Map<String, Properties> bundles = new HashMap<>();
    private static Set<String> enumNames;
    private static Set<String> keyEndings;
    static PodiumServer podium;

    record Seen(Checked page, String language) {
        @Override
        public String toString() {
            return language + " " + page;
        }
    }

    static long slidesTalk;

    @BeforeAll
    static void boot() throws Exception {
        AccessibilityIT.boot();
        podium = AccessibilityIT.podium;
        enumNames = enumConstants();
        // a slide version, so that the speaker's and the organizer's slide pages show their tables with checksums
        slidesTalk = SlideFixtures.demoTalk("Masterplan");
        String boundary = "----plain" + System.nanoTime();
        PodiumServer.Answer upload = podium.call("PUT", "/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + slidesTalk + "/slides")
                .bytes("multipart/form-data; boundary=" + boundary, SlideFixtures.multipart(boundary, "file",
                        "masterplan-fuer-den-laendlichen-raum.pdf", "application/pdf", SlideFixtures.pdf(), Map.of()))
                .asSpeaker().send();
        assertEquals(201, upload.status(), upload::toString);
    }

    @AfterAll
    static void closeBrowsers() {
        browsers.values().forEach(Chromium::close);
        browsers.clear();
    }

    /** Each page of the accessibility test once per language (its English duplicates are covered by "en"). */
    static Stream<Seen> pages() {
        List<Checked> pages = new ArrayList<>(AccessibilityIT.pages().filter(p -> p.visitor() != Visitor.ANONYMOUS_EN).toList());
        // the accessibility test opens the slides page without a talk; the versions table needs one
        pages.add(new Checked("speaker-slides-talk", Visitor.SPEAKER,
                "/speaker/conferences/" + PodiumServer.DEMO_SLUG + "/slides?talk=" + slidesTalk));
        List<Seen> seen = new ArrayList<>();
        for (String language : List.of("de", "en")) {
            pages.forEach(page -> seen.add(new Seen(page, language)));
        }
        return seen.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageSpeaksWordsAndFitsAPhone(Seen seen) {
        Chromium browser = browser(seen.page().visitor(), seen.language());
        WebDriver driver = browser.driver();
        driver.get(podium.baseUrl() + seen.page().path());
        PageChecks.awaitLoaded(browser);
        browser.screenshot(seen.language() + "-" + seen.page().name());
        if (Boolean.TRUE.equals(js(driver).executeScript("const r = document.querySelector('.table-region');"
                + " if (r) { r.scrollIntoView({block: 'center'}); } return r != null;"))) {
            browser.screenshot(seen.language() + "-" + seen.page().name() + "-table");
        }
        String problems = "";
        @SuppressWarnings("unchecked")
        List<Long> widths = (List<Long>) js(driver).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth]");
        assertEquals(WIDTH, widths.get(1), "viewport width");
        if (widths.get(0) > widths.get(1)) {
            problems += "\nthe page scrolls sideways: scrollWidth " + widths.get(0) + " > " + WIDTH
                    + "; widest elements: " + widest(driver);
        }
        String lang = (String) js(driver).executeScript("return document.documentElement.lang");
        assertEquals(seen.language(), lang, "page language");
        if (seen.page().name().startsWith("speaker-slides-talk")) {
            problems += versionsTableAxe(driver);
        }
        String text = readText(driver);
        if (!seen.page().name().startsWith("error-")
                && text.contains(bundle(seen.language()).getProperty("error.page.internal.title"))) {
            problems += "\nthe page failed (error page shown)";
        }
        problems += codes(text, seen.language());
        @SuppressWarnings("unchecked")
        List<String> starred = (List<String>) js(driver).executeScript("return [...document.querySelectorAll('th, dt')]"
                + ".map(e => e.innerText.trim()).filter(t => t.endsWith('*'))");
        if (!starred.isEmpty()) {
            problems += "\nheaders with the required-field star of a form: " + starred;
        }
        if (!problems.isEmpty()) {
            fail(seen + " at " + driver.getCurrentUrl() + problems);
        }
    }

    /** The check itself finds what issue #23 saw on the pages (run before the pages, so a blind check fails first). */
    @Test
    void theCheckFindsCodesIsoTimesKeysAndTheOtherLanguage() throws Exception {
        if (enumNames == null) {
            enumNames = enumConstants();
        }
        assertTrue(codes("Anmeldungen im Status CONFIRMED", "de").contains("CONFIRMED"));
        assertTrue(codes("Anmeldungen im Status PENDING_APPROVAL", "de").contains("PENDING_APPROVAL"));
        assertTrue(codes("Erstellt 2026-12-03T16:54:37.140263Z", "de").contains("ISO time"));
        assertTrue(codes("Vorschlag: 2016-12-16 10:00", "de").contains("ISO date"));
        assertTrue(codes("Art: registration.pendingApproval", "de").contains("message key"));
        assertTrue(codes("???organizer.unknown???", "de").contains("???"));
        assertTrue(codes("Öffentlich: true", "de").contains("'true'"));
        assertTrue(codes("Hinweis: " + bundle("en").getProperty("organizer.slides.deadlineHint"), "de").contains("other language"));
        assertTrue(codes("Note: " + bundle("de").getProperty("organizer.slides.deadlineHint"), "en").contains("other language"));
        assertEquals("", codes("Teilnahme bestätigt am 16.12.2016, 10:00 Uhr: 3 Konflikte, 12 Hinweise", "de"));
    }

    /**
     * Issue #23 item 2 with a real keyboard: the organizer selects what the start field holds, types a new date over
     * it (one-digit day and hour), tabs on to the end and saves with Enter; the typed dates are stored as typed.
     */
    @Test
    void organizerTypesConferenceDatesWithTheKeyboard() {
        String slug = de.podium.testsupport.RegistrationFixtures.conference(false, null,
                de.podium.testsupport.RegistrationFixtures.category("GUEST", 10, false, false));
        Chromium browser = browser(Visitor.ORGANIZER, "de");
        WebDriver driver = browser.driver();
        driver.get(podium.baseUrl() + "/organizer/conferences/" + slug);
        PageChecks.awaitLoaded(browser);
        org.openqa.selenium.WebElement start = driver.findElement(org.openqa.selenium.By.id("conference:startsAt"));
        start.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "3.11.2031 9:05",
                org.openqa.selenium.Keys.TAB);
        org.openqa.selenium.WebElement end = driver.switchTo().activeElement();
        assertEquals("conference:endsAt", end.getDomAttribute("id"), "Tab leads from start to end");
        end.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "03.11.2031 17:30");
        assertEquals("3.11.2031 9:05", start.getDomProperty("value"), "the typed start stays as typed");
        browser.screenshot("keyboard-dates-typed");
        driver.findElement(org.openqa.selenium.By.id("conference:save")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waiting().until(d -> d.getPageSource().contains("wurde gespeichert"));
        browser.screenshot("keyboard-dates-saved");
        jakarta.json.JsonObject stored = podium.get("/api/conferences/" + slug).send().json();
        assertEquals("2031-11-03T09:05:00+01:00", stored.getString("startsAt"));
        assertEquals("2031-11-03T17:30:00+01:00", stored.getString("endsAt"));
        assertEquals("03.11.2031 09:05", driver.findElement(org.openqa.selenium.By.id("conference:startsAt"))
                .getDomProperty("value"), "shown again in the page's format");

        // the picker is a help beside the field: what is chosen there is written into the field as the page writes it
        org.openqa.selenium.WebElement help = driver.findElement(org.openqa.selenium.By.cssSelector("#conference\\:endsAt + input.date-help"));
        assertEquals("2031-11-03T17:30", help.getDomProperty("value"), "the picker follows the typed field");
        assertEquals("-1", help.getDomAttribute("tabindex"), "out of the Tab order");
        js(driver).executeScript("arguments[0].value = '2031-11-04T18:15'; arguments[0].dispatchEvent(new Event('change'));", help);
        assertEquals("04.11.2031 18:15", driver.findElement(org.openqa.selenium.By.id("conference:endsAt")).getDomProperty("value"));
    }

    /**
     * axe on the versions table only (its region, checksums and copy buttons): the rest of this page, PrimeFaces'
     * upload button, has a violation of its own that predates issue #23.
     */
    private static String versionsTableAxe(WebDriver driver) {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(PageChecks.WCAG_TAGS).include(".table-region").analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> Set.of("serious", "critical").contains(rule.getImpact()))
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        return results.isErrored() ? "\naxe-core failed: " + results.getErrorMessage()
                : serious.isEmpty() ? "" : "\naxe-core serious/critical violations in the versions table: " + serious;
    }

    /** Visible text plus the labels a screen reader reads aloud (aria-label, title, alt, placeholder). */
    private static String readText(WebDriver driver) {
        return (String) js(driver).executeScript("return document.body.innerText + '\\n' + "
                + "[...document.querySelectorAll('[aria-label],[title],img[alt],[placeholder]')]"
                + ".map(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('alt'),"
                + " e.getAttribute('placeholder')].filter(v => v).join('\\n')).join('\\n')");
    }

    static String codes(String text, String language) {
        List<String> found = new ArrayList<>();
        matches(ISO_TIME, text).forEach(m -> found.add("ISO time '" + m + "'"));
        matches(CONSTANT, text).forEach(m -> found.add("constant '" + m + "'"));
        matches(BOOLEAN, text).forEach(m -> found.add("'" + m + "'"));
        if ("de".equals(language)) {
            matches(ISO_DATE, text).forEach(m -> found.add("ISO date '" + m + "'"));
        }
        if (text.contains("???")) {
            found.add("a missing message key (???)");
        }
        for (String word : text.split("[^A-Za-z0-9_.]+")) {
            String token = word.replaceAll("\\.+$", "");
            if (enumNames.contains(token)) {
                found.add("enum constant '" + token + "'");
            } else if (token.contains(".") && keyEndings().contains(token)) {
                found.add("message key '" + token + "'");
            }
        }
        String other = "de".equals(language) ? "en" : "de";
        for (String sentence : distinctiveSentences(other, language)) {
            if (text.contains(sentence)) {
                found.add("text of the other language '" + sentence + "'");
            }
        }
        return found.isEmpty() ? "" : "\n" + String.join("\n", new TreeSet<>(found));
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Bundle texts of one language long enough not to occur by chance and different in the other language. */
    private static List<String> distinctiveSentences(String language, String reading) {
        Properties texts = bundle(language);
        Properties others = bundle(reading);
        return texts.stringPropertyNames().stream()
                .map(key -> Map.entry(texts.getProperty(key), others.getProperty(key, "")))
                .filter(e -> e.getKey().length() >= 20 && !e.getKey().contains("{") && !e.getKey().contains("<")
                        && !e.getKey().equals(e.getValue()) && !others.containsValue(e.getKey()))
                .map(Map.Entry::getKey).distinct().toList();
    }

    /** Every bundle key and its dotted endings: a page showing "registration.pendingApproval" shows part of a key. */
    private static Set<String> keyEndings() {
        if (keyEndings == null) {
            keyEndings = new java.util.HashSet<>();
            for (String key : bundle("de").stringPropertyNames()) {
                String[] parts = key.split("\\.");
                for (int from = 0; from <= parts.length - 2; from++) {
                    keyEndings.add(String.join(".", Arrays.asList(parts).subList(from, parts.length)));
                }
            }
        }
        return keyEndings;
    }

    private static Properties bundle(String language) {
        return bundles.computeIfAbsent(language, l -> {
            Properties properties = new Properties();
            for (String name : List.of("messages", "faces")) {
                try (InputStream in = PlainPagesIT.class.getResourceAsStream("/i18n/" + name + "_" + l + ".properties")) {
                    Properties part = new Properties();
                    part.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                    properties.putAll(part);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return properties;
        });
    }

    /** The constants of Podium's enums of two and more letters (statuses, kinds, categories). */
    private static Set<String> enumConstants() throws Exception {
        Set<String> names = new TreeSet<>();
        try (Stream<java.nio.file.Path> classes = java.nio.file.Files.walk(java.nio.file.Path.of("target", "classes", "de"))) {
            for (java.nio.file.Path file : classes.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = java.nio.file.Path.of("target", "classes").relativize(file).toString()
                        .replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, PlainPagesIT.class.getClassLoader());
                if (type.isEnum()) {
                    Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                            .filter(n -> n.length() > 2).forEach(names::add);
                }
            }
        }
        return names;
    }

    private static Chromium browser(Visitor visitor, String language) {
        String role = visitor == Visitor.ANONYMOUS_EN ? Visitor.ANONYMOUS_DE.name() : visitor.name();
        browsers.keySet().removeIf(key -> {
            boolean otherLanguage = !key.endsWith("-" + language);
            if (otherLanguage) {
                browsers.get(key).close();
            }
            return otherLanguage;
        });
        return browsers.computeIfAbsent(role + "-" + language, key -> {
            Chromium browser = Chromium.open("plain", language, new Dimension(WIDTH, 800));
            Long inner = (Long) js(browser.driver()).executeScript("return window.innerWidth");
            if (inner > WIDTH) {
                browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", WIDTH, "height", 800, "deviceScaleFactor", 1, "mobile", true));
            }
            if (visitor == Visitor.ORGANIZER) {
                PageChecks.signIn(browser, PodiumServer.ORGANIZER);
            } else if (visitor == Visitor.SPEAKER) {
                PageChecks.signIn(browser, PodiumServer.SPEAKER);
            }
            return browser;
        });
    }

    private static Object widest(WebDriver driver) {
        return js(driver).executeScript("return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                + ".slice(0, 6).map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')"
                + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
