package de.podium.testsupport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The two page checks of issue #9, runnable on a clean clone: Deque's axe-core (WCAG 2.1 A/AA tags) on the
 * page as the browser shows it, and the Nu Html Checker (in process, errors only) on the markup the server sent.
 * Each returns a report a developer can act on, empty when the page passes.
 */
public final class PageChecks {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private PageChecks() {
    }

    /** Serious and critical axe violations of the current page: rule id, impact, help and offending selectors. */
    public static String axe(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        if (results.isErrored()) {
            return "axe-core failed: " + results.getErrorMessage();
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(PageChecks::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(PageChecks::describe).collect(Collectors.joining("\n"));
        return "  " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
                + nodes;
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        if (html.length() > 160) {
            html = html.substring(0, 160) + "…";
        }
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ');
        return "    at " + node.getTarget() + " " + html + "\n      " + summary;
    }

    /** ARIA id references (aria-describedby, aria-labelledby) that name no element of the page, one per line. */
    @SuppressWarnings("unchecked")
    public static String danglingReferences(WebDriver driver) {
        List<String> missing = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('[aria-describedby],[aria-labelledby]')].flatMap(e =>"
                        + " ((e.getAttribute('aria-describedby') || '') + ' ' + (e.getAttribute('aria-labelledby') || ''))"
                        + ".split(/\\s+/).filter(id => id && !document.getElementById(id))"
                        + ".map(id => '  ' + (e.id ? '#' + e.id : e.tagName.toLowerCase()) + ' -> ' + id));");
        return String.join("\n", missing);
    }

    /** The markup the server sends for the current URL, fetched again in the browser with its session. */
    public static String source(WebDriver driver) {
        Object html = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin'}).then(r => r.text())"
                        + ".then(done, e => done('FETCH FAILED ' + e));");
        return String.valueOf(html);
    }

    /** Nu Html Checker errors (no warnings) in {@code html}, one per line; empty when valid. */
    public static String htmlErrors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        try {
            String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            return out.lines().filter(line -> line.contains(": error:") || line.contains(": fatal:")
                            || line.contains("non-document-error"))
                    .map(line -> "  " + line).collect(Collectors.joining("\n"));
        } catch (Exception e) {
            return "  the Nu Html Checker failed: " + e;
        }
    }

    public static void signIn(Chromium browser, String account) {
        WebDriver driver = browser.driver();
        driver.get(PodiumServer.get().baseUrl() + "/login");
        awaitLoaded(browser);
        driver.findElement(By.id("email")).sendKeys(account);
        driver.findElement(By.id("password")).sendKeys(PodiumServer.DEMO_PASSWORD);
        driver.findElement(By.id("submit")).click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    public static void awaitLoaded(Chromium browser) {
        browser.waiting().withTimeout(Duration.ofSeconds(60))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
