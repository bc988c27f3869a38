package de.podium.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver (both installed by .ci/run). No browser is
 * downloaded: Selenium Manager is bypassed by naming both binaries. Screenshots land in target/screenshots/.
 */
public final class Chromium implements AutoCloseable {

    private static final String BINARY = System.getProperty("podium.it.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("podium.it.chromedriver", "/usr/bin/chromedriver");
    // without the background-networking flags Chromium keeps dialling Google's hosts, refused on this network
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--disable-extensions");

    private final ChromeDriver driver;
    private final Path screenshots;
    private int shot;

    private Chromium(ChromeDriver driver, String journey) {
        this.driver = driver;
        this.screenshots = Path.of("target", "screenshots", journey);
    }

    /** A browser of 1280×900 whose Accept-Language prefers {@code language} (e.g. "de", "en"). */
    public static Chromium open(String journey, String language) {
        return open(journey, language, new Dimension(1280, 900));
    }

    public static Chromium open(String journey, String language, Dimension window) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(FLAGS);
        options.addArguments("--lang=" + language, "--window-size=" + window.getWidth() + "," + window.getHeight());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(window);
        return new Chromium(driver, journey);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        // pages that poll or update by Ajax replace elements while a test reads them
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves a full-window screenshot as target/screenshots/{journey}/NN-{step}.png and returns its path. */
    public Path screenshot(String step) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format(Locale.ROOT, "%02d-%s.png", ++shot, step));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
