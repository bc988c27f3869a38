package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser journeys share: the texts a user reads (straight from the resource bundles, so that a reworded
 * label does not break a journey), signing in through the login page, waiting for page loads and PrimeFaces AJAX
 * instead of sleeping, links from mails, and real downloads.
 */
public final class Journey {

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private Journey() {
    }

    /** A UI text of messages_{language}.properties with its {0}… arguments filled in as the app does. */
    public static String text(String language, String key, Object... args) {
        Properties bundle = BUNDLES.computeIfAbsent(language, Journey::load);
        String pattern = bundle.getProperty(key);
        assertTrue(pattern != null, "no " + key + " in messages_" + language);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = Journey.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static String unique(String name) {
        return name + "-" + System.nanoTime() + "@journey.example";
    }

    /** The visible text of the page, as a reader sees it. */
    public static String visible(Chromium browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows {@code text}; fails with what it showed instead. */
    public static void awaitText(Chromium browser, String text) {
        try {
            browser.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page does not show \"" + text + "\" but:\n" + visible(browser)
                    + "\nlast server error:\n" + PodiumServer.get().lastSevere(), e);
        }
    }

    /** Clicks something that submits a whole page and waits until the next page has loaded. */
    public static void clickAndLoad(Chromium browser, WebElement element) {
        afterNextPage(browser, element::click);
    }

    /**
     * Does {@code action}, which leads to a new page, and waits until that page has loaded. The old page is marked
     * in its window object; Selenium's staleness check instead asks the old element while Chromium swaps documents
     * and then fails now and then with "Node with given id does not belong to the document".
     */
    public static void afterNextPage(Chromium browser, Runnable action) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.podiumPreviousPage = true;");
        action.run();
        browser.waiting().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return !window.podiumPreviousPage && document.readyState === 'complete';")));
    }

    public static void open(Chromium browser, String url) {
        browser.driver().get(url);
        awaitLoaded(browser);
    }

    public static void awaitLoaded(Chromium browser) {
        browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Waits until PrimeFaces has no AJAX request queued or running. */
    public static void awaitAjax(Chromium browser) {
        browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    public static void type(WebDriver driver, String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Signs in through the login page; the next page is where the app sends this role. */
    public static void signIn(Chromium browser, String email, String password) {
        PodiumServer podium = PodiumServer.get();
        open(browser, podium.baseUrl() + "/login");
        type(browser.driver(), "email", email);
        type(browser.driver(), "password", password);
        clickAndLoad(browser, browser.driver().findElement(By.id("submit")));
        assertTrue(!browser.driver().getCurrentUrl().contains("/login"), "signed in, but still on " + browser.driver().getCurrentUrl()
                + ":\n" + visible(browser));
    }

    /** The {@code count}-th mail to {@code address} (1-based), waiting for it. */
    public static MimeMessage mail(String address, int count) {
        List<MimeMessage> mails = TestMail.get().awaitTo(address, count, Duration.ofSeconds(30));
        assertTrue(mails.size() >= count, count + " mail(s) to " + address + ", got " + mails.size());
        return mails.get(count - 1);
    }

    /** The first absolute link into the app in a mail whose path matches {@code pathRegex}. */
    public static String link(MimeMessage mail, String pathRegex) throws Exception {
        String text = MailChecks.text(mail);
        Matcher link = Pattern.compile(Pattern.quote(PodiumServer.get().baseUrl()) + pathRegex).matcher(text);
        assertTrue(link.find(), "a link " + pathRegex + " in\n" + text);
        return link.group();
    }

    /**
     * Clicks a download link and waits for Chromium to finish saving the file into {@code directory} (downloads are
     * allowed there through the DevTools protocol; headless Chromium refuses them otherwise).
     */
    public static Path download(Chromium browser, WebElement link, Path directory) throws IOException {
        Path target = Files.createDirectories(directory).toAbsolutePath();
        try (Stream<Path> old = Files.list(target)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", target.toString()));
        link.click();
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(target)) {
                List<Path> all = files.toList();
                return all.size() == 1 && !all.get(0).toString().endsWith(".crdownload") ? all.get(0) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
