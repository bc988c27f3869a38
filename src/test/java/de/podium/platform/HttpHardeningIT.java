package de.podium.platform;

import static de.podium.testsupport.RegistrationFixtures.category;
import static de.podium.testsupport.RegistrationFixtures.column;
import static de.podium.testsupport.RegistrationFixtures.conference;
import static de.podium.testsupport.RegistrationFixtures.email;
import static de.podium.testsupport.RegistrationFixtures.person;
import static de.podium.testsupport.RegistrationFixtures.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

/** Issue #16 items 3, 11, 13: what every response carries, and client mistakes answered as client errors. */
class HttpHardeningIT {

    static PodiumServer podium;
    static final String SLUG = PodiumServer.DEMO_SLUG;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void theFaviconIsAnImageWithTheSecurityHeadersAndEveryPageLinksIt() {
        for (String path : new String[] {"/favicon.ico", "/resources/favicon.svg"}) {
            Answer icon = podium.get(path).send();
            assertEquals(200, icon.status(), path);
            String type = icon.header("Content-Type");
            assertTrue(type != null && type.startsWith("image/"), path + ": " + type);
            assertTrue(icon.body().contains("<svg"), path);
            assertNotNull(icon.header("Content-Security-Policy"), path);
            assertEquals("nosniff", icon.header("X-Content-Type-Options"), path);
        }
        String page = podium.get("/conferences/" + SLUG).send().body();
        assertTrue(page.contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/resources/favicon.svg\"")
                || page.matches("(?s).*<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"[^\"]*/resources/favicon.svg\".*"), page);
    }

    @Test
    void everyKindOfRoutedPageCarriesTheSecurityHeaders() throws Exception {
        String slug = conference(false, null, category("GAST", null, false, false));
        long id = registered(slug, person("GAST", email()), "CONFIRMED");
        String token = column(id, "manage_token");
        Map<String, Answer> pages = new LinkedHashMap<>();
        pages.put("conference", podium.get("/conferences/" + SLUG).send());
        pages.put("agenda", podium.get("/conferences/" + SLUG + "/agenda").send());
        pages.put("register", podium.get("/conferences/" + slug + "/register").send());
        pages.put("login", podium.get("/login").send());
        pages.put("privacy", podium.get("/privacy").send());
        pages.put("manage link", podium.get("/registrations/self/" + token).send());
        pages.put("organizer", podium.get("/organizer/").asOrganizer().send());
        pages.put("organizer conference", podium.get("/organizer/conferences/" + SLUG + "/registrations").asOrganizer().send());
        pages.put("speaker", podium.get("/speaker/").asSpeaker().send());
        pages.put("calendar", podium.get("/conferences/" + SLUG + "/agenda.ics").send());
        pages.put("feed", podium.get("/conferences/" + SLUG + "/press.atom").send());
        pages.put("not found", podium.get("/conferences/no-such-conference").send());
        pages.put("forbidden", podium.get("/organizer/").asSpeaker().send());
        pages.put("sign-in redirect", podium.get("/organizer/").send());
        pages.put("api", podium.get("/api/conferences").send());
        pages.forEach((kind, answer) -> {
            String csp = answer.header("Content-Security-Policy");
            assertNotNull(csp, kind + " has no CSP: " + answer.status());
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), kind + ": " + csp);
            assertFalse(csp.contains("unsafe-eval") || csp.contains("script-src 'self' 'unsafe-inline'"), kind + ": " + csp);
            assertEquals(1, answer.response().headers().allValues("Content-Security-Policy").size(), kind + ": one policy");
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), kind);
            assertEquals("DENY", answer.header("X-Frame-Options"), kind);
            assertEquals("strict-origin-when-cross-origin", answer.header("Referrer-Policy"), kind);
        });
        assertEquals(200, pages.get("manage link").status());
        assertEquals(404, pages.get("not found").status());
        assertEquals(403, pages.get("forbidden").status());
        for (String personal : new String[] {"manage link", "organizer", "organizer conference", "speaker", "login"}) {
            assertEquals("no-store", pages.get(personal).header("Cache-Control"), personal);
        }
    }

    @Test
    void inlineScriptsRunOnlyWithThePagesNonce() {
        Answer page = podium.get("/conferences/" + SLUG + "/register").send();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.header("Content-Security-Policy"));
        assertTrue(nonce.find(), page.header("Content-Security-Policy"));
        Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int scripts = 0;
        while (inline.find()) {
            scripts++;
            assertTrue(inline.group(1).contains("nonce=\"" + nonce.group(1) + "\""), "inline script without nonce: " + inline.group());
        }
        assertTrue(scripts > 0, "PrimeFaces writes its init script inline");
    }

    @Test
    void strictTransportSecurityOnlyWhenTheTrustedProxySaysHttps() {
        assertNull(podium.get("/login").send().header("Strict-Transport-Security"));
        assertEquals("max-age=31536000",
                podium.get("/login").header("X-Forwarded-Proto", "https").send().header("Strict-Transport-Security"));
    }

    @Test
    void redirectsPointToTheBaseUrlWhateverTheHostHeaderSays() throws Exception {
        String response = raw("GET /organizer/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        Matcher location = Pattern.compile("(?im)^Location: (\\S+)").matcher(response);
        assertTrue(location.find(), response);
        assertTrue(location.group(1).startsWith(podium.baseUrl() + "/login"), location.group(1));
        Answer created = podium.post("/api/conferences", """
                {"slug":"host-%d","title":"Host","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00",
                 "capacity":null,"doubleOptIn":false,"categories":[],"tracks":[]}
                """.formatted(System.nanoTime() % 1_000_000_000L)).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").startsWith(podium.baseUrl() + "/api/"), created.header("Location"));
    }

    @Test
    void aForeignOrMadeUpViewStateGets400AndTheFriendlyPage() throws Exception {
        int logBefore = podium.log().length();
        Browser browser = new Browser(podium);
        Browser.Page login = browser.get("/login");
        for (String viewState : new String[] {"garbage", "-123456789:987654321"}) {
            Browser.Page after = browser.submit(login, "login",
                    Map.of("email", PodiumServer.ORGANIZER, "password", "x", "jakarta.faces.ViewState", viewState), "submit");
            assertEquals(400, after.status(), after.html());
            assertTrue(after.html().contains("Sitzung abgelaufen"), after.html());
        }
        String log = podium.log().substring(logBefore);
        assertFalse(log.contains("ViewExpiredException") || log.contains("\tat "), "stack trace in the log:\n" + log);
    }

    @Test
    void anAjaxRequestWithAnUnknownViewStateIsSentToThePageAgain() {
        Answer answer = podium.call("POST", "/login").header("Faces-Request", "partial/ajax").header("Origin", podium.baseUrl())
                .form("login=login&jakarta.faces.partial.ajax=true&jakarta.faces.source=login%3Asubmit"
                        + "&jakarta.faces.partial.execute=%40all&jakarta.faces.ViewState=garbage").send();
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.body().contains("<redirect url=\"") && answer.body().contains("/login"), answer.body());
        assertFalse(answer.body().contains("<error>"), answer.body());
    }

    @Test
    void theStatelessMarkerSentToAPageWithStateGets400AndTheFriendlyPage() throws Exception {
        int logBefore = podium.log().length();
        Answer answer = podium.call("POST", "/organizer/conferences/" + SLUG + "/registrations").asOrganizer()
                .form("invitationImport=invitationImport&jakarta.faces.ViewState=stateless").send();
        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.body().contains("Sitzung abgelaufen"), answer.body());
        String log = podium.log().substring(logBefore);
        assertFalse(log.contains("\tat "), "stack trace in the log:\n" + log);
    }

    /** A form upload waits in the data directory while it is read, not in the system temp directory. */
    @Test
    void aFormUploadWaitsInsideTheDataDirectory() throws Exception {
        Path forms = Path.of(PodiumServer.prop("podium.it.jar", "target/podium.jar")).toAbsolutePath().getParent()
                .resolve("it-data").resolve("tmp").resolve("servlet");
        CountDownLatch seen = new CountDownLatch(1);
        byte[] head = ("--xyz\r\nContent-Disposition: form-data; name=\"inviteFile\"; filename=\"liste.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] part = new byte[3 * 1024 * 1024]; // over the 1 MB threshold, so the container writes it to disk
        java.util.Arrays.fill(part, (byte) 'a');
        byte[] tail = "\r\n--xyz--\r\n".getBytes(StandardCharsets.UTF_8);
        InputStream slow = new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                new java.io.ByteArrayInputStream(head), new java.io.ByteArrayInputStream(part),
                new InputStream() { // the end of the body only after the test has seen the waiting file
                    private boolean released;

                    @Override
                    public int read() throws java.io.IOException {
                        if (!released) {
                            try {
                                seen.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            released = true;
                        }
                        return -1;
                    }
                }, new java.io.ByteArrayInputStream(tail))));
        CompletableFuture<HttpResponse<String>> upload = podium.http().sendAsync(HttpRequest.newBuilder(
                        podium.uri("/organizer/conferences/" + SLUG + "/registrations"))
                .header("Authorization", basic(PodiumServer.ORGANIZER, PodiumServer.DEMO_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> slow),
                        head.length + part.length + tail.length)).build(), HttpResponse.BodyHandlers.ofString());
        boolean waiting = false;
        for (int i = 0; i < 100 && !waiting; i++) {
            Thread.sleep(200);
            if (Files.isDirectory(forms)) {
                try (var files = Files.list(forms)) {
                    waiting = files.anyMatch(f -> f.getFileName().toString().startsWith("upload_"));
                }
            }
        }
        seen.countDown();
        upload.get(60, TimeUnit.SECONDS);
        assertTrue(waiting, "the upload's temp file appeared in " + forms);
    }

    @Test
    void aTooLargeFormUploadGets413AndTheFriendlyPage() throws Exception {
        int logBefore = podium.log().length();
        byte[] body = new byte[51 * 1024 * 1024];
        HttpResponse<String> answer = podium.http().send(HttpRequest.newBuilder(
                        podium.uri("/organizer/conferences/" + SLUG + "/registrations"))
                .header("Authorization", basic(PodiumServer.ORGANIZER, PodiumServer.DEMO_PASSWORD))
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Datei zu groß"), answer.body());
        assertFalse(answer.body().contains("RuntimeException"), answer.body());
        String log = podium.log().substring(logBefore);
        assertFalse(log.contains("\tat "), "stack trace in the log:\n" + log);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", podium.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
