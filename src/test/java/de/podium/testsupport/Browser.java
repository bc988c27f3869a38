package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over plain HTTP: keeps cookies, reads the fields of a JSF form (with its view state)
 * from the HTML and posts them back, as a user's browser would without JavaScript.
 */
public final class Browser {

    private static final Pattern INPUT = Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

    private final PodiumServer server;
    private final HttpClient http;
    private final CookieManager cookies;

    public Browser(PodiumServer server) {
        this.server = server;
        this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "de").GET().build());
    }

    /** Follows redirects of a GET like a browser. */
    public Page open(String path) {
        Page page = get(relative(path));
        for (int i = 0; i < 5 && page.status() / 100 == 3; i++) {
            page = get(relative(page.location()));
        }
        return page;
    }

    public Page submit(Page page, String formId, Map<String, String> changes, String button) {
        Map<String, String> fields = page.fields(formId);
        fields.putAll(changes);
        if (button != null) {
            fields.put(button, "x");
        }
        if (page.multipart(formId)) {
            return postMultipartForm(page.action(formId), fields);
        }
        return post(page.action(formId), fields);
    }

    /** Submits a form with enctype multipart/form-data, attaching one file. */
    public Page submitMultipart(Page page, String formId, String fileField, String filename, byte[] content, String button) {
        return submitMultipart(page, formId, Map.of(), fileField, filename, content, button);
    }

    /** A multipart form with some fields changed and one file chosen. */
    public Page submitMultipart(Page page, String formId, Map<String, String> changes, String fileField, String filename,
                                byte[] content, String button) {
        Map<String, String> fields = page.fields(formId);
        fields.putAll(changes);
        fields.remove(fileField);
        fields.put(button, "x");
        String boundary = "----podium" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + filename + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(server.uri(page.action(formId))).header("Accept-Language", "de")
                .header("Origin", origin()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private Page postMultipartForm(String path, Map<String, String> fields) {
        String boundary = "----podium" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "de").header("Origin", origin())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A multipart POST with the given fields and one file, as script-driven uploads (PrimeFaces) send it. */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String filename, byte[] content) {
        String boundary = "----podium" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "de")
                .header("Faces-Request", "partial/ajax").header("Origin", origin())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Posts a form as a browser does from a page of this site: with its Origin. */
    public Page post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of("Origin", origin()));
    }

    /** Posts a form with the given request headers instead of the Origin (a forged cross-site POST, say). */
    public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "de")
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The value of a cookie this browser keeps, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private String origin() {
        java.net.URI uri = server.uri("/");
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String relative(String location) {
        return location.startsWith("http") ? location.substring(location.indexOf('/', location.indexOf("//") + 2)) : location;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One answer of the server. */
    public record Page(int status, String html, String location) {

        public String action(String formId) {
            Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"").matcher(html);
            if (!form.find()) {
                throw new AssertionError("no form " + formId + " in\n" + html);
            }
            return form.group(1).replace("&amp;", "&");
        }

        /** Whether the form posts multipart/form-data, as a browser then does even without a file chosen. */
        public boolean multipart(String formId) {
            return Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*enctype=\"multipart/form-data\"")
                    .matcher(html).find();
        }

        /** Current values of the form's fields (text inputs, hidden fields, checked boxes, view state). */
        public Map<String, String> fields(String formId) {
            int start = html.indexOf("<form id=\"" + formId + "\"");
            int end = html.indexOf("</form>", start);
            if (start < 0) {
                throw new AssertionError("no form " + formId + " in\n" + html);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(html.substring(start, end));
            while (input.find()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(input.group(2));
                while (attribute.find()) {
                    attributes.put(attribute.group(1).toLowerCase(), attribute.group(2).replace("&amp;", "&"));
                }
                String name = attributes.get("name");
                String type = attributes.getOrDefault("type", "text");
                if (name == null || type.equals("submit") || type.equals("button")) {
                    continue;
                }
                if (type.equals("checkbox") && !attributes.containsKey("checked")) {
                    continue;
                }
                fields.put(name, attributes.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
            }
            return fields;
        }
    }

    public static Browser signedIn(String email) {
        Browser browser = new Browser(PodiumServer.get());
        Page login = browser.get("/login");
        Page after = browser.submit(login, "login", Map.of("email", email, "password", PodiumServer.DEMO_PASSWORD), "submit");
        assertEquals(302, after.status(), after.html());
        return browser;
    }
}
