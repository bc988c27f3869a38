package de.podium.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.TestMail;

/**
 * Two Podium nodes in one Payara Micro cluster (TCP/IP discovery on loopback, no multicast) on one PostgreSQL
 * database of their own, as behind a load balancer: a request may land on either node.
 */
class ClusterIT {

    private static final String PASSWORD = ClusterNode.DEMO_PASSWORD;
    private static final String ORGANIZER = PodiumServer.ORGANIZER;
    private static String database;
    private static ClusterNode a;
    private static ClusterNode b;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = PodiumServer.prop("podium.it.db.name", "podium_it") + "_cluster";
        PodiumServer.recreateDatabase(database);
        int gridA = PodiumServer.freePort();
        int gridB = PodiumServer.freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String cluster = "podium-it-" + UUID.randomUUID().toString().substring(0, 8);
        // both nodes start at once on the empty database and both are told to load the demo data
        a = ClusterNode.start("a", database, gridA, members, cluster, true);
        b = ClusterNode.start("b", database, gridB, members, cluster, true);
        long deadline = System.nanoTime() + Duration.ofSeconds(480).toNanos();
        a.awaitReady(deadline);
        b.awaitReady(deadline);
        // Payara writes a session to the data grid at the end of each request; the very first write of a freshly
        // started node is slow (a form posted at once to the other node got the session-expired page, three
        // seconds later it was restored). Each node writes one session before the checks.
        for (ClusterNode node : new ClusterNode[] {a, b}) {
            HttpClient warmUp = browser();
            node.get(warmUp, "/login");
            Thread.sleep(3000);
        }
    }

    @AfterAll
    static void stopNodes() {
        for (ClusterNode node : new ClusterNode[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    void bothNodesStartingOnAnEmptyDatabaseLoadTheDemoDataOnce() throws Exception {
        try (Connection db = DriverManager.getConnection(PodiumServer.jdbcUrl(database),
                PodiumServer.prop("podium.it.db.user", "postgres"), "")) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM conference WHERE slug = '" + PodiumServer.DEMO_SLUG + "'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM account WHERE email = '" + ORGANIZER + "'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM account WHERE email = 'sager@podium.example'"),
                    "demo speaker account");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM agenda_version v JOIN conference c ON c.id = v.conference_id "
                    + "WHERE c.slug = '" + PodiumServer.DEMO_SLUG + "' AND v.version = 1"), "demo agenda published once");
            long registrations = count(db, "SELECT COUNT(*) FROM registration r JOIN conference c ON c.id = r.conference_id "
                    + "WHERE c.slug = '" + PodiumServer.DEMO_SLUG + "'");
            long distinct = count(db, "SELECT COUNT(DISTINCT r.email) FROM registration r JOIN conference c "
                    + "ON c.id = r.conference_id WHERE c.slug = '" + PodiumServer.DEMO_SLUG + "'");
            assertTrue(registrations > 0, "demo registrations loaded");
            assertEquals(distinct, registrations, "every demo registration once");
        }
        long loaded = Stream.of(a, b).filter(node -> node.logContains("Demo conference " + PodiumServer.DEMO_SLUG + " loaded"))
                .count();
        assertEquals(1, loaded, "exactly one node loads the demo conference, the other finds it there");
    }

    @Test
    void registrationExpiryRunsOnceEveryTurnAlthoughBothNodesScheduleIt() throws Exception {
        // both nodes' timers fire at seconds 0, 20 and 40; read the counters in the middle of a turn
        awaitSecondOfTurn(10);
        Map<String, Double> before = turns();
        awaitSecondOfTurn(10);
        awaitSecondOfTurn(10);
        Map<String, Double> after = turns();
        double ran = after.get("ran") - before.get("ran");
        double skipped = after.get("skipped") - before.get("skipped");
        assertEquals(2.0, ran, "two turns passed, each run by one node: " + before + " -> " + after);
        assertEquals(2.0, skipped, "the other node found each turn taken: " + before + " -> " + after);
    }

    @Test
    void signInOnOneNodeAndContinueOnTheOther() {
        HttpClient browser = browser();
        assertEquals(302, a.get(browser, "/organizer/").status(), "the organizer page needs a sign-in");

        Page form = a.get(browser, "/login");
        assertEquals(200, form.status(), form.html());
        // the form rendered by node A is posted to node B: B must restore A's JSF view from the shared session
        Map<String, String> fields = form.fields("login");
        fields.putAll(Map.of("email", ORGANIZER, "password", PASSWORD, "submit", "x"));
        personFillsInTheForm();
        Page signedIn = b.post(browser, form.action("login"), fields);
        assertEquals(302, signedIn.status(), signedIn.html());
        assertTrue(signedIn.location().endsWith("/organizer/"), signedIn.location());

        Page onB = b.get(browser, "/organizer/");
        assertEquals(200, onB.status(), onB.html());
        assertTrue(onB.html().contains(PodiumServer.DEMO_SLUG), "node B shows the organizer's conferences");
        Page onA = a.get(browser, "/organizer/");
        assertEquals(200, onA.status(), "node A knows the session that node B signed in");

        // a JSF form on B, rendered by B, then one rendered by A and posted to B, both with the shared session
        String press = "/organizer/conferences/" + PodiumServer.DEMO_SLUG + "/press";
        for (ClusterNode renderer : new ClusterNode[] {b, a}) {
            Page page = renderer.get(browser, press);
            assertEquals(200, page.status(), page.html());
            String title = "Clustermeldung von Knoten " + renderer.name() + " " + System.nanoTime();
            Map<String, String> pressFields = page.fields("press");
            pressFields.putAll(Map.of("press:title", title, "press:body", "Über beide Knoten gespeichert.",
                    "press:source", "Deutscher Landkreistag", "press:published", "on", "press:save", "x"));
            if (renderer != b) {
                personFillsInTheForm();
            }
            Page saved = b.post(browser, page.action("press"), pressFields);
            assertEquals(200, saved.status(), saved.html());
            assertTrue(saved.html().contains("Die Pressemeldung wurde gespeichert."), saved.html());
            assertTrue(a.get(browser(), "/conferences/" + PodiumServer.DEMO_SLUG + "/press").html().contains(title),
                    "the press release saved through node B is on node A's public page");
        }
    }

    @Test
    void failedSignInsCountOnAllNodesTogether() {
        String account = "guesser-" + System.nanoTime() + "@example.org";
        String wrong = "Basic " + Base64.getEncoder().encodeToString((account + ":guess").getBytes(StandardCharsets.UTF_8));
        // the limit is 5 per account: three guesses on A and two on B use it up
        for (ClusterNode node : new ClusterNode[] {a, a, a, b, b}) {
            assertEquals(401, node.send(node.request("/api/conferences").header("Authorization", wrong)
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode());
        }
        for (ClusterNode node : new ClusterNode[] {a, b}) {
            HttpResponse<String> refused = node.send(node.request("/api/conferences").header("Authorization", wrong)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(429, refused.statusCode(), node.name() + " knows the failures on the other node: " + refused.body());
        }
    }

    @Test
    void agendaPublishedOnOneNodeIsServedByTheOtherAtOnce() {
        String path = "/api/conferences/" + PodiumServer.DEMO_SLUG + "/agenda";
        HttpResponse<String> before = b.send(b.request(path).GET());
        assertEquals(200, before.statusCode(), before.body());
        int known = json(before.body()).getInt("version");
        String etag = before.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> published = a.send(a.request(path + "/publish").header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"changelog\":\"Raumwechsel\"}")));
        assertEquals(201, published.statusCode(), published.body());
        int version = json(published.body()).getInt("version");
        assertEquals(known + 1, version);

        HttpResponse<String> after = b.send(b.request(path).header("If-None-Match", etag).GET());
        assertEquals(200, after.statusCode(), "node B must not confirm the old version as current");
        assertEquals(version, json(after.body()).getInt("version"));
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void changesOnOneNodeAreServedFromTheOthersMemoryAtOnce() {
        String slug = PodiumServer.DEMO_SLUG;
        String agenda = "/api/conferences/" + slug + "/agenda";
        String calendar = "/conferences/" + slug + "/agenda.ics";
        String feed = "/conferences/" + slug + "/press.atom";
        for (String read : List.of(agenda, calendar, feed)) {
            assertEquals(200, b.send(b.request(read).GET()).statusCode(), read);
        }
        long queries = requestQueries(b);
        HttpResponse<String> cached = b.send(b.request(agenda).GET());
        assertEquals(queries, requestQueries(b), "node B serves the agenda from memory");
        String calendarTag = b.send(b.request(calendar).GET()).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> published = a.send(a.request(agenda + "/publish").header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"changelog\":\"Zweiter Knoten\"}")));
        assertEquals(201, published.statusCode(), published.body());
        int version = json(published.body()).getInt("version");
        HttpResponse<String> onB = b.send(b.request(agenda).GET());
        assertEquals(version, json(onB.body()).getInt("version"), "node B serves the version published on A at once");
        assertNotEquals(cached.headers().firstValue("ETag"), onB.headers().firstValue("ETag"));
        assertEquals(304, b.send(b.request(agenda).header("If-None-Match", onB.headers().firstValue("ETag").orElseThrow())
                .GET()).statusCode(), "and keeps it prepared");
        assertEquals(200, b.send(b.request(calendar).header("If-None-Match", calendarTag).GET()).statusCode(),
                "the calendar of the new version (its DTSTAMP and SEQUENCE basis) is prepared again on B");

        String title = "Meldung über Knoten A " + System.nanoTime();
        HttpResponse<String> written = a.send(a.request("/api/conferences/" + slug + "/press").header("Authorization", basic())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"" + title + "\",\"body\":\"Text\",\"publish\":true}")));
        assertEquals(201, written.statusCode(), written.body());
        assertTrue(b.send(b.request(feed).GET()).body().contains(title), "node B's feed shows the release written on A");
    }

    /** podium_db_request_queries of a node's /metrics. */
    private static long requestQueries(ClusterNode node) {
        Matcher line = Pattern.compile("(?m)^podium_db_request_queries(?:\\{[^}]*\\})? (\\S+)$")
                .matcher(node.send(node.request("/metrics").GET()).body());
        assertTrue(line.find(), "podium_db_request_queries on " + node.name());
        return (long) Double.parseDouble(line.group(1));
    }

    @Test
    void queuedMailIsDeliveredOnceAlthoughBothNodesRunTheSender() throws Exception {
        String slug = "cluster-" + System.nanoTime() % 1_000_000_000L;
        HttpResponse<String> created = a.send(a.request("/api/conferences").header("Authorization", basic())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"slug":"%s","title":"Clustertest","city":"Kassel","timeZone":"Europe/Berlin",
                         "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00",
                         "capacity":null,"doubleOptIn":true,"tracks":[],
                         "categories":[{"code":"GAST","name":"Gast","capacity":null,"invitationOnly":false,
                                        "approvalRequired":false}]}
                        """.formatted(slug))));
        assertEquals(201, created.statusCode(), created.body());
        double sentBefore = a.mailsSent() + b.mailsSent();

        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String address = "cluster" + i + "-" + System.nanoTime() + "@example.org";
            addresses.add(address);
            ClusterNode node = i % 2 == 0 ? a : b;
            HttpResponse<String> registered = node.send(node.request("/api/conferences/" + slug + "/registrations")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"category":"GAST","title":"","firstName":"Erika","lastName":"Muster","office":"Amt",
                             "organisation":"Kreis","email":"%s","locale":"de","invitationCode":null,
                             "consent":{"privacyPolicyVersion":"2026-01","listInParticipants":false}}
                            """.formatted(address))));
            assertEquals(201, registered.statusCode(), registered.body());
        }
        TestMail mail = TestMail.get();
        for (String address : addresses) {
            assertEquals(1, mail.awaitTo(address, 1, Duration.ofSeconds(60)).size(), address);
        }
        Thread.sleep(4000); // several more rounds of both senders (they poll every second)
        for (String address : addresses) {
            assertEquals(1, mail.to(address).size(), "mail to " + address + " was sent more than once");
        }
        assertEquals(6.0, a.mailsSent() + b.mailsSent() - sentBefore, "podium_mail_sent_total of both nodes");
    }

    /**
     * Registrations arriving at both nodes at once never exceed a capacity: the category's, and the conference's
     * across its categories (the counters are the last statements of each registration); a conference without a
     * capacity of its own is held by its category's alone and its own counter is left alone. Anonymous writes are
     * limited to 20 per client and node, so the rush is 15 per node.
     */
    @Test
    void aRushOverBothNodesKeepsEveryCapacityExact() throws Exception {
        String limited = conference("""
                "capacity":14,"categories":[{"code":"GAST","name":"Gast","capacity":10},
                                            {"code":"PRESSE","name":"Presse","capacity":null}]""");
        String unlimited = conference("""
                "capacity":null,"categories":[{"code":"GAST","name":"Gast","capacity":4}]""");
        List<String[]> attempts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            attempts.add(new String[] {limited, i % 3 == 2 ? "PRESSE" : "GAST"});
        }
        for (int i = 0; i < 6; i++) {
            attempts.add(new String[] {unlimited, "GAST"});
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            ClusterNode node = i % 2 == 0 ? a : b;
            String[] attempt = attempts.get(i);
            String address = "ansturm" + i + "-" + System.nanoTime() + "@example.org";
            answers.add(pool.submit(() -> node.send(node.request("/api/conferences/" + attempt[0] + "/registrations")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"category":"%s","title":"","firstName":"Erika","lastName":"Muster","office":"Amt",
                             "organisation":"Kreis","email":"%s","locale":"de",
                             "consent":{"privacyPolicyVersion":"2026-01","listInParticipants":false}}
                            """.formatted(attempt[1], address))))));
        }
        for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(201, response.statusCode(), response.body());
        }
        pool.shutdown();
        try (Connection db = DriverManager.getConnection(PodiumServer.jdbcUrl(database),
                PodiumServer.prop("podium.it.db.user", "postgres"), "")) {
            assertEquals(14, confirmed(db, limited, null), "the conference's 14 places, not one more");
            assertTrue(confirmed(db, limited, "GAST") <= 10, "the category's 10 places at most");
            assertEquals(14, count(db, "SELECT held FROM conference WHERE slug = '" + limited + "'"));
            assertEquals(confirmed(db, limited, "GAST"), count(db, "SELECT k.held FROM category k JOIN conference c "
                    + "ON c.id = k.conference_id WHERE c.slug = '" + limited + "' AND k.code = 'GAST'"));
            assertEquals(10, count(db, "SELECT COUNT(*) FROM registration r JOIN conference c ON c.id = r.conference_id "
                    + "WHERE c.slug = '" + limited + "' AND r.status = 'WAITLISTED'"));
            assertEquals(4, confirmed(db, unlimited, null));
            assertEquals(0, count(db, "SELECT held FROM conference WHERE slug = '" + unlimited + "'"),
                    "a conference without a capacity of its own is not counted");
            assertEquals(30, count(db, "SELECT COUNT(*) FROM outbox_message m JOIN conference c ON c.id = m.conference_id "
                    + "WHERE c.slug IN ('" + limited + "', '" + unlimited + "')"), "every registration has its outcome mail");
        }
    }

    private static String conference(String places) {
        String slug = "ansturm-" + System.nanoTime() % 1_000_000_000L;
        HttpResponse<String> created = a.send(a.request("/api/conferences").header("Authorization", basic())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"slug":"%s","title":"Ansturm","city":"Kassel","timeZone":"Europe/Berlin",
                         "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00",
                         "doubleOptIn":false,"tracks":[],%s}
                        """.formatted(slug, places))));
        assertEquals(201, created.statusCode(), created.body());
        return slug;
    }

    private static long confirmed(Connection db, String slug, String category) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM registration r JOIN conference c ON c.id = r.conference_id "
                + "JOIN category k ON k.id = r.category_id WHERE c.slug = '" + slug + "' AND r.status = 'CONFIRMED'"
                + (category == null ? "" : " AND k.code = '" + category + "'"));
    }

    // --- helpers ----------------------------------------------------------------------------------------

    /**
     * The moment between a page arriving and its form being sent. Payara writes the session to the data grid at the
     * end of the request; a client that posts to the other node within milliseconds can be faster than that write (seen: 81 ms after the page, the other node answered with the session-expired page). A person
     * is not; a load balancer that keeps a client on its node (README) never meets it.
     */
    private static void personFillsInTheForm() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Sleeps until the given second of the current or next 20-second turn of the scheduled jobs. */
    private static void awaitSecondOfTurn(int second) throws InterruptedException {
        long now = System.currentTimeMillis();
        long turnStart = now - now % 20_000;
        long target = turnStart + second * 1000L;
        if (target <= now) {
            target += 20_000;
        }
        Thread.sleep(target - now);
    }

    /** Turns of the registration expiry job counted by both nodes together, by outcome (ran, skipped). */
    private static Map<String, Double> turns() {
        Map<String, Double> sum = new java.util.HashMap<>(Map.of("ran", 0.0, "skipped", 0.0));
        for (ClusterNode node : new ClusterNode[] {a, b}) {
            String metrics = node.send(node.request("/metrics").GET()).body();
            Matcher turn = Pattern.compile("(?m)^podium_job_turns_total\\{([^}]*)\\} (\\S+)$").matcher(metrics);
            while (turn.find()) {
                if (turn.group(1).contains("job=\"registration-expiry\"")) {
                    Matcher outcome = Pattern.compile("outcome=\"(\\w+)\"").matcher(turn.group(1));
                    if (outcome.find()) {
                        sum.merge(outcome.group(1), Double.parseDouble(turn.group(2)), Double::sum);
                    }
                }
            }
        }
        return sum;
    }

    private static HttpClient browser() {
        // one cookie store for both nodes: cookies belong to the host, not the port, as behind one load balancer
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ORGANIZER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
