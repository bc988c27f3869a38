package de.podium.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Chromium;
import de.podium.testsupport.PageChecks;
import de.podium.testsupport.People;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.TestMail;

/**
 * Issue #23 item 6: the statistics API and the organizer dashboard show the demo conference's figures as the
 * database has them; the organizer start page shows them per conference.
 */
class DashboardIT {

    static final String STATUSES = "PENDING_CONFIRMATION,CONFIRMED,WAITLISTED,PENDING_APPROVAL,CANCELLED,CHECKED_IN";
    static PodiumServer podium;

    @BeforeAll
    static void registerSomePeople() throws Exception {
        TestMail.get();
        podium = PodiumServer.get();
        People.Person arrived = People.register(podium, PodiumServer.DEMO_SLUG, "GUEST", "Dr.", "Karin", "Dashboard",
                "Landrätin", "Landkreis Kassel");
        People.register(podium, PodiumServer.DEMO_SLUG, "GUEST", null, "Jens", "Kennzahl", "Amtsleiter", "Kreis Fulda");
        People.checkIn(podium, PodiumServer.DEMO_SLUG, arrived);
    }

    @Test
    void statisticsMatchTheDatabase() throws Exception {
        Map<String, Long> api = null;
        Map<String, Long> db = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<String, Long> before = fromDatabase();
            api = fromApi();
            db = fromDatabase();
            if (before.equals(db) && db.equals(api)) {
                break;
            }
            Thread.sleep(500); // the mail sender may have moved a mail between the three reads
        }
        assertEquals(db, api);
        assertTrue(api.get("byStatus.CHECKED_IN") >= 1 && api.get("byStatus.CONFIRMED") >= 1, api.toString());
        assertTrue(api.get("checkins.checkedIn") >= 1 && api.get("checkins.expected") > api.get("checkins.checkedIn"),
                api.toString());
    }

    @Test
    void perDayCountsDaysOfTheConferencesTimeZoneAndAddsUpToAllRegistrations() throws Exception {
        JsonObject registrations = statistics().getJsonObject("registrations");
        long sum = 0;
        for (JsonValue value : registrations.getJsonArray("perDay")) {
            JsonObject day = value.asJsonObject();
            String date = day.getString("date");
            assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), date);
            assertEquals(count("SELECT COUNT(*) FROM registration r JOIN conference c ON c.id = r.conference_id "
                    + "WHERE c.slug = ? AND r.status <> 'CANCELLED' "
                    + "AND CAST((r.created_at AT TIME ZONE c.time_zone) AS DATE) = CAST(? AS DATE)",
                    PodiumServer.DEMO_SLUG, date), day.getJsonNumber("count").longValue(), date);
            sum += day.getJsonNumber("count").longValue();
            assertEquals(sum, day.getJsonNumber("cumulative").longValue(), date);
        }
        assertEquals(count("SELECT COUNT(*) FROM registration r JOIN conference c ON c.id = r.conference_id "
                + "WHERE c.slug = ? AND r.status <> 'CANCELLED'", PodiumServer.DEMO_SLUG), sum);
    }

    @Test
    void onlyTheConferencesOrganizersReadTheFigures() {
        String path = "/api/conferences/" + PodiumServer.DEMO_SLUG + "/statistics";
        assertEquals(401, podium.get(path).send().status());
        PodiumServer.Answer speaker = podium.get(path).asSpeaker().send();
        assertEquals(403, speaker.status(), speaker::toString);
        assertEquals(404, podium.get("/api/conferences/gibt-es-nicht/statistics").asOrganizer().send().status());
        assertEquals(200, podium.get(path).asAdmin().send().status());
        assertEquals(403, Browser.signedIn(PodiumServer.SPEAKER)
                .get("/organizer/conferences/" + PodiumServer.DEMO_SLUG + "/dashboard").status());
    }

    @Test
    void theStartPageShowsEachConferencesFiguresAndLinksItsDashboard() throws Exception {
        awaitNoQueuedMail();
        String html = Browser.signedIn(PodiumServer.ORGANIZER).get("/organizer/").html();
        String slug = PodiumServer.DEMO_SLUG;
        String join = "FROM registration r JOIN conference c ON c.id = r.conference_id WHERE c.slug = ? ";
        long registered = count("SELECT COUNT(*) " + join + "AND r.status IN ('CONFIRMED','CHECKED_IN')", slug);
        long waitlisted = count("SELECT COUNT(*) " + join + "AND r.status = 'WAITLISTED'", slug);
        long approvals = count("SELECT COUNT(*) " + join + "AND r.status = 'PENDING_APPROVAL'", slug);
        long slides = count("SELECT COUNT(*) " + missingSlides(), slug);
        String figures = registered + " angemeldet · " + waitlisted + " auf der Warteliste · " + approvals
                + " offene Freigaben · " + slides + " Beiträge ohne Folien";
        assertTrue(html.contains(figures), "start page shows «" + figures + "»:\n" + html);
        assertTrue(html.contains("/organizer/conferences/" + slug + "/dashboard\">Kennzahlen"), html);
    }

    @Test
    void theDashboardShowsTheSameNumbersInItsTablesInBothLanguagesAndOnAPhone() throws Exception {
        awaitNoQueuedMail();
        for (String language : List.of("de", "en")) {
            for (int width : List.of(1280, 360)) {
                try (Chromium browser = Chromium.open("dashboard", language, new Dimension(width, 900))) {
                    PageChecks.signIn(browser, PodiumServer.ORGANIZER);
                    WebDriver driver = browser.driver();
                    driver.get(podium.baseUrl() + "/organizer/conferences/" + PodiumServer.DEMO_SLUG + "/dashboard");
                    PageChecks.awaitLoaded(browser);
                    JsonObject statistics = statistics();
                    long height = ((Number) ((JavascriptExecutor) driver)
                            .executeScript("return document.documentElement.scrollHeight")).longValue();
                    driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 6000)));
                    Path shot = browser.screenshot(language + "-" + width);
                    checkTables(driver, statistics, language, width + " px " + language + " (" + shot + ")");
                    long scrollWidth = ((Number) ((JavascriptExecutor) driver)
                            .executeScript("return document.documentElement.scrollWidth")).longValue();
                    assertTrue(scrollWidth <= width, "the page scrolls sideways at " + width + " px: " + scrollWidth);
                }
            }
        }
    }

    /** On the day of the conference the check-in count follows the door without reloading the page. */
    @Test
    void onTheDayTheCheckinCountRefreshesItself() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate today = LocalDate.now(berlin);
        String slug = "kennzahlen-heute-" + System.nanoTime() % 1_000_000_000L;
        PodiumServer.Answer created = podium.post("/api/conferences", """
                {"slug":"%s","title":"Einlass heute","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"%s","endsAt":"%s","capacity":null,"doubleOptIn":false,
                 "categories":[{"code":"GUEST","name":"Gast","capacity":null}],"tracks":[]}
                """.formatted(slug, today.atTime(0, 0).atZone(berlin).toOffsetDateTime(),
                today.atTime(23, 59).atZone(berlin).toOffsetDateTime())).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        People.Person guest = People.register(podium, slug, "GUEST", null, "Eva", "Einlass", "Referentin", "Kreis Kassel");
        try (Chromium browser = Chromium.open("dashboard", "de")) {
            PageChecks.signIn(browser, PodiumServer.ORGANIZER);
            WebDriver driver = browser.driver();
            driver.get(podium.baseUrl() + "/organizer/conferences/" + slug + "/dashboard");
            PageChecks.awaitLoaded(browser);
            By summary = By.id("checkins-summary");
            browser.waiting().ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(summary).getText().startsWith("0 von 1 "));
            People.checkIn(podium, slug, guest);
            // the poll replaces the region while it is read: a stale element only means "look again"
            browser.waiting().withTimeout(Duration.ofSeconds(45)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(summary).getText().startsWith("1 von 1 ")
                            && List.of("1", "1").equals(List.copyOf(rows(d, "checkins-table").values())));
            browser.screenshot("de-live-checkin");
        }
    }

    private static void checkTables(WebDriver driver, JsonObject statistics, String language, String where) throws Exception {
        Properties words = bundle(language);
        JsonObject registrations = statistics.getJsonObject("registrations");
        Map<String, String> categoryRows = rows(driver, "categories-table");
        Map<String, String> categoryNames = categoryNames(language);
        Map<String, String> expectedCategories = new LinkedHashMap<>();
        registrations.getJsonObject("byCategory").forEach((code, n) -> expectedCategories.put(categoryNames.get(code), n.toString()));
        assertEquals(expectedCategories, categoryRows, "categories at " + where);

        Map<String, String> expectedStatuses = new LinkedHashMap<>();
        registrations.getJsonObject("byStatus").forEach((status, n) ->
                expectedStatuses.put(words.getProperty("registration.status." + status), n.toString()));
        assertEquals(expectedStatuses, rows(driver, "statuses-table"), "statuses at " + where);

        JsonObject checkins = statistics.getJsonObject("checkins");
        assertEquals(List.of(checkins.get("checkedIn").toString(), checkins.get("expected").toString()),
                List.copyOf(rows(driver, "checkins-table").values()), "check-ins at " + where);

        JsonObject mail = statistics.getJsonObject("mail");
        assertEquals(List.of(mail.get("queued").toString(), mail.get("sent").toString(), mail.get("failed").toString()),
                List.copyOf(rows(driver, "mail-table").values()), "mail at " + where);

        List<WebElement> days = driver.findElements(By.cssSelector("#days tbody tr"));
        assertEquals(registrations.getJsonArray("perDay").size(), days.size(), "days at " + where);
        long active = registrations.getJsonObject("byCategory").values().stream()
                .mapToLong(v -> Long.parseLong(v.toString())).sum();
        assertEquals(String.valueOf(active), days.get(days.size() - 1).findElements(By.tagName("td")).get(2).getText(),
                "the last day's total at " + where);

        assertEquals(String.valueOf(statistics.getInt("slidesMissing")),
                driver.findElement(By.cssSelector("#slides-count strong")).getText(), "slides at " + where);

        List<WebElement> charts = driver.findElements(By.cssSelector("svg[role=img]"));
        assertEquals(5, charts.size(), "five charts at " + where);
        for (WebElement chart : charts) {
            String name = chart.getDomAttribute("aria-label");
            assertTrue(name != null && name.matches(".*\\d.*") && name.length() > 20, "chart named in words: " + name);
        }
    }

    /** Row header (or first cell) → the row's number, from a table the page shows. */
    private static Map<String, String> rows(WebDriver driver, String tableId) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            rows.put(row.findElement(By.tagName("th")).getText(), row.findElement(By.tagName("td")).getText());
        }
        if (rows.isEmpty()) {
            fail("no rows in #" + tableId);
        }
        return rows;
    }

    private static JsonObject statistics() {
        PodiumServer.Answer answer = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/statistics").asOrganizer().send();
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static Map<String, Long> fromApi() {
        JsonObject json = statistics();
        Map<String, Long> figures = new LinkedHashMap<>();
        JsonObject registrations = json.getJsonObject("registrations");
        registrations.getJsonObject("byStatus").forEach((k, v) -> figures.put("byStatus." + k, Long.parseLong(v.toString())));
        registrations.getJsonObject("byCategory").forEach((k, v) -> figures.put("byCategory." + k, Long.parseLong(v.toString())));
        json.getJsonObject("checkins").forEach((k, v) -> figures.put("checkins." + k, Long.parseLong(v.toString())));
        json.getJsonObject("mail").forEach((k, v) -> figures.put("mail." + k, Long.parseLong(v.toString())));
        figures.put("slidesMissing", (long) json.getInt("slidesMissing"));
        figures.put("capacity", json.isNull("capacity") ? -1 : (long) json.getInt("capacity"));
        return figures;
    }

    private static Map<String, Long> fromDatabase() throws SQLException {
        String slug = PodiumServer.DEMO_SLUG;
        String join = "FROM registration r JOIN conference c ON c.id = r.conference_id WHERE c.slug = ? ";
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String status : STATUSES.split(",")) {
            figures.put("byStatus." + status, count("SELECT COUNT(*) " + join + "AND r.status = ?", slug, status));
        }
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT cat.code, COUNT(r.id) FROM category cat "
                     + "JOIN conference c ON c.id = cat.conference_id "
                     + "LEFT JOIN registration r ON r.category_id = cat.id AND r.status <> 'CANCELLED' "
                     + "WHERE c.slug = ? GROUP BY cat.code, cat.position ORDER BY cat.position")) {
            q.setString(1, slug);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    figures.put("byCategory." + rs.getString(1), rs.getLong(2));
                }
            }
        }
        figures.put("checkins.checkedIn", count("SELECT COUNT(*) " + join + "AND r.status = 'CHECKED_IN'", slug));
        figures.put("checkins.expected", count("SELECT COUNT(*) " + join + "AND r.status IN ('CONFIRMED','CHECKED_IN')", slug));
        String mail = "SELECT COUNT(*) FROM outbox_message m JOIN conference c ON c.id = m.conference_id WHERE c.slug = ? ";
        figures.put("mail.queued", count(mail + "AND m.status IN ('QUEUED','SENDING')", slug));
        figures.put("mail.sent", count(mail + "AND m.status = 'SENT'", slug));
        figures.put("mail.failed", count(mail + "AND m.status = 'FAILED'", slug));
        figures.put("slidesMissing", count("SELECT COUNT(*) " + missingSlides(), slug));
        figures.put("capacity", count("SELECT COALESCE(capacity, -1) FROM conference WHERE slug = ?", slug));
        return figures;
    }

    /** Talks on the programme (placed, not cancelled, not a break, with speakers) without any slide version. */
    private static String missingSlides() {
        return "FROM talk t JOIN conference c ON c.id = t.conference_id WHERE c.slug = ? AND t.kind <> 'BREAK' "
                + "AND t.cancelled_at IS NULL AND t.room_id IS NOT NULL AND t.starts_at IS NOT NULL "
                + "AND EXISTS (SELECT 1 FROM talk_speaker ts WHERE ts.talk_id = t.id) "
                + "AND NOT EXISTS (SELECT 1 FROM slide s WHERE s.talk_id = t.id)";
    }

    private static Map<String, String> categoryNames(String language) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT cat.code, cat.name, cat.name_en FROM category cat "
                     + "JOIN conference c ON c.id = cat.conference_id WHERE c.slug = ?")) {
            q.setString(1, PodiumServer.DEMO_SLUG);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String english = rs.getString(3);
                    names.put(rs.getString(1), "en".equals(language) && english != null && !english.isBlank()
                            ? english : rs.getString(2));
                }
            }
        }
        return names;
    }

    /** Mail the set-up queued is sent within seconds; the page and the API read after it then agree. */
    private static void awaitNoQueuedMail() throws Exception {
        for (int i = 0; i < 60; i++) {
            if (count("SELECT COUNT(*) FROM outbox_message m JOIN conference c ON c.id = m.conference_id "
                    + "WHERE c.slug = ? AND m.status IN ('QUEUED','SENDING') AND m.next_attempt_at < NOW() + INTERVAL '1 minute'",
                    PodiumServer.DEMO_SLUG) == 0) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection db = PodiumServer.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertFalse(properties.isEmpty());
        return properties;
    }
}
