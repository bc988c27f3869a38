package de.podium.speaker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.SlideFixtures;

/**
 * The rules of slide uploads, through HTTP: type by content, size limit while streaming, deadline, versions
 * with checksums, safe download names, and public slides only after the talk has begun.
 */
class SlideRulesIT {

    static PodiumServer podium;
    static final Path UPLOADS = Path.of("target", "it-data", "uploads");

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static Answer upload(String slug, long talk, String filename, byte[] content, String user, boolean publicAfterTalk) {
        String boundary = "----podium" + System.nanoTime();
        byte[] body = SlideFixtures.multipart(boundary, "file", filename, "application/octet-stream", content,
                Map.of("public", Boolean.toString(publicAfterTalk)));
        return podium.call("PUT", "/api/conferences/" + slug + "/talks/" + talk + "/slides")
                .bytes("multipart/form-data; boundary=" + boundary, body)
                .as(user, PodiumServer.DEMO_PASSWORD).send();
    }

    @Test
    void realPresentationsAreRecognisedByContentWhateverTheirName() {
        long talk = SlideFixtures.demoTalk("Forum Wohnen");
        Answer pptx = upload(PodiumServer.DEMO_SLUG, talk, "vortrag.bin", SlideFixtures.pptx(), PodiumServer.ORGANIZER, false);
        assertEquals(201, pptx.status(), pptx::toString);
        assertEquals(SlideFixtures.PPTX_TYPE, pptx.json().getString("contentType"));
        assertEquals("vortrag.bin.pptx", pptx.json().getString("filename"));
        Answer odp = upload(PodiumServer.DEMO_SLUG, talk, "folien", SlideFixtures.odp(), PodiumServer.ORGANIZER, false);
        assertEquals(201, odp.status(), odp::toString);
        assertEquals(SlideFixtures.ODP_TYPE, odp.json().getString("contentType"));
        Answer pdf = upload(PodiumServer.DEMO_SLUG, talk, "handout.odp", SlideFixtures.pdf(), PodiumServer.ORGANIZER, false);
        assertEquals("application/pdf", pdf.json().getString("contentType"));
    }

    @Test
    void disguisedFilesAreRefusedWith415AndNothingIsStored() throws Exception {
        long talk = SlideFixtures.demoTalk("Forum Sprache");
        int rows = SlideFixtures.slideRows(talk);
        List<Path> files = filesOf(talk);
        Map<String, byte[]> disguised = Map.of(
                "programm.exe umbenannt zu slides.pdf", SlideFixtures.exe(),
                "slides.pdf", SlideFixtures.html(),
                "slides.pptx", SlideFixtures.plainZip(),
                "makros.pptx", SlideFixtures.pptm());
        for (Map.Entry<String, byte[]> file : disguised.entrySet()) {
            Answer refused = upload(PodiumServer.DEMO_SLUG, talk, file.getKey(), file.getValue(), PodiumServer.ORGANIZER, false);
            assertEquals(415, refused.status(), file.getKey() + ": " + refused);
            assertEquals("unsupported_media_type", refused.json().getString("error"));
            assertTrue(refused.json().getString("message").contains("der Inhalt der Datei entscheidet"), refused::toString);
        }
        Answer english = podium.call("PUT", "/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides")
                .bytes("multipart/form-data; boundary=b", SlideFixtures.multipart("b", "file", "slides.pdf", "application/pdf",
                        SlideFixtures.html(), Map.of()))
                .asOrganizer().language("en").send();
        assertTrue(english.json().getString("message").startsWith("Only PDF, PowerPoint (PPTX) or OpenDocument"), english::toString);
        assertEquals(rows, SlideFixtures.slideRows(talk), "no row for a refused file");
        assertEquals(files, filesOf(talk), "no file for a refused upload");
        assertEquals(0, leftoversInTmp());
    }

    @Test
    void replacingKeepsEveryVersionWithUploaderSizeAndChecksum() throws Exception {
        long talk = SlideFixtures.demoTalk("Forum Ehrenamt");
        byte[] first = SlideFixtures.pdf();
        byte[] second = SlideFixtures.pptx();
        Answer v1 = upload(PodiumServer.DEMO_SLUG, talk, "ehrenamt.pdf", first, PodiumServer.ORGANIZER, false);
        Answer v2 = upload(PodiumServer.DEMO_SLUG, talk, "ehrenamt.pptx", second, PodiumServer.ORGANIZER, true);
        assertEquals(201, v2.status(), v2::toString);
        assertEquals(v1.json().getInt("version") + 1, v2.json().getInt("version"));

        List<JsonObject> versions = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk
                + "/slides/versions").asOrganizer().send().jsonArray().getValuesAs(JsonObject.class);
        JsonObject newest = versions.get(0);
        JsonObject older = versions.get(1);
        assertEquals(v2.json().getInt("version"), newest.getInt("version"));
        assertEquals(sha256(second), newest.getString("sha256"));
        assertEquals(second.length, newest.getInt("size"));
        assertEquals(PodiumServer.ORGANIZER, newest.getString("uploadedBy"));
        assertTrue(newest.getBoolean("publicAfterTalk"));
        assertEquals(sha256(first), older.getString("sha256"));
        assertFalse(older.getBoolean("publicAfterTalk"));

        Answer oldDownload = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides/versions/"
                + older.getInt("version")).asOrganizer().send();
        assertEquals(200, oldDownload.status());
        assertArrayEquals(first, oldDownload.bytes(), "the organizer downloads any version unchanged");
        assertArrayEquals(second, podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides")
                .asOrganizer().send().bytes());
        assertEquals(404, podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides/versions/999")
                .asOrganizer().send().status());
        assertEquals(401, podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides/versions")
                .send().status());
        assertEquals(403, podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides/versions")
                .asSpeaker().send().status(), "Landrat Reuß does not speak in this forum");
    }

    @Test
    void afterTheDeadlineUploadsAreRefusedWith409() throws Exception {
        Object[] future = SlideFixtures.futureTalk("Wohnraum im ländlichen Raum");
        String slug = (String) future[0];
        long talk = (long) future[1];
        String deadlinePath = "/api/conferences/" + slug + "/slides/deadline";
        assertEquals(403, podium.put(deadlinePath, "{\"deadline\":\"2020-01-01T00:00:00+01:00\"}").asSpeaker().send().status());
        Answer set = podium.put(deadlinePath, "{\"deadline\":\"2025-01-10T18:00:00+01:00\"}").asOrganizer().send();
        assertEquals(200, set.status(), set::toString);
        assertEquals("2025-01-10T18:00:00+01:00", podium.get(deadlinePath).asOrganizer().send().json().getString("deadline"));

        Answer late = upload(slug, talk, "spaet.pdf", SlideFixtures.pdf(), PodiumServer.ORGANIZER, false);
        assertEquals(409, late.status(), late::toString);
        assertEquals("deadline_passed", late.json().getString("error"));
        assertTrue(late.json().getString("message").contains("Abgabeschluss"), late::toString);
        assertEquals(0, SlideFixtures.slideRows(talk));

        assertEquals(200, podium.put(deadlinePath, "{\"deadline\":\"2031-06-10T18:00:00+02:00\"}").asOrganizer().send().status());
        assertEquals(201, upload(slug, talk, "rechtzeitig.pdf", SlideFixtures.pdf(), PodiumServer.ORGANIZER, false).status());
    }

    @Test
    void aBodyOverTheLimitIs413AndLeavesNoFileNoRowAndAWorkingApp() throws Exception {
        long talk = SlideFixtures.demoTalk("Forum Schule");
        int rows = SlideFixtures.slideRows(talk);
        List<Path> files = filesOf(talk);
        long size = 51L * 1024 * 1024;
        int announced = streamBody(talk, size, true);
        int chunked = streamBody(talk, size, false);
        assertTrue(announced == 413 || announced == -1, "announced 51 MB: " + announced);
        assertEquals(413, chunked, "51 MB without Content-Length, read until the limit");
        assertEquals(200, podium.get("/health/ready").send().status(), "the app still answers");
        Answer small = upload(PodiumServer.DEMO_SLUG, talk, "klein.pdf", SlideFixtures.pdf(), PodiumServer.ORGANIZER, false);
        assertEquals(201, small.status(), "and still takes uploads");
        assertEquals(rows + 1, SlideFixtures.slideRows(talk), "only the small upload became a version");
        Path stored = UPLOADS.resolve("slides").resolve(Long.toString(talk))
                .resolve(small.json().getInt("version") + "-" + sha256(SlideFixtures.pdf()) + ".pdf");
        List<Path> expected = new java.util.ArrayList<>(files);
        if (!expected.contains(stored)) {
            expected.add(stored);
        }
        assertEquals(expected.stream().sorted().toList(), filesOf(talk), "no file from the refused bodies");
        assertEquals(0, leftoversInTmp(), "no half file in the upload directory");
        assertFalse(podium.log().contains("OutOfMemoryError"));
    }

    @Test
    void aConnectionCutMidUploadLeavesNoFileAndNoRow() throws Exception {
        long talk = SlideFixtures.demoTalk("Mittagspause");
        int rows = SlideFixtures.slideRows(talk);
        List<Path> files = filesOf(talk);
        String boundary = "----cut" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"abgebrochen.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII);
        String auth = java.util.Base64.getEncoder().encodeToString(
                (PodiumServer.ORGANIZER + ":" + PodiumServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket("localhost", podium.port())) {
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Basic " + auth + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + "Content-Length: 900000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.write(new byte[400_000]);
            out.flush();
            Thread.sleep(500);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (leftoversInTmp() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(0, leftoversInTmp(), "no half file");
        assertEquals(rows, SlideFixtures.slideRows(talk), "no row");
        assertEquals(files, filesOf(talk));
        assertEquals(200, podium.get("/health/ready").send().status());
    }

    /** @return the HTTP status, or -1 when the server closed the connection while the body was still arriving */
    private static int streamBody(long talk, long size, boolean announceLength) throws Exception {
        String boundary = "----big" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"riesig.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long filler = size - head.length - tail.length;
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(head), zeros(filler)), new ByteArrayInputStream(tail)));
        HttpRequest.BodyPublisher body = announceLength ? HttpRequest.BodyPublishers.fromPublisher(stream, size) : stream;
        HttpRequest request = HttpRequest.newBuilder(podium.uri("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/"
                        + talk + "/slides"))
                .timeout(Duration.ofSeconds(180))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (PodiumServer.ORGANIZER + ":" + PodiumServer.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(body).build();
        try {
            return podium.http().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static InputStream zeros(long count) {
        return new InputStream() {
            long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    @Test
    void pathsInFileNamesNeverReachTheFileSystem() throws Exception {
        long talk = SlideFixtures.demoTalk("Forum gesellschaftliches");
        Answer unix = upload(PodiumServer.DEMO_SLUG, talk, "../../../../../podium-traversal.pdf", SlideFixtures.pdf(),
                PodiumServer.ORGANIZER, false);
        assertEquals(201, unix.status(), unix::toString);
        assertEquals("podium-traversal.pdf", unix.json().getString("filename"));
        Answer windows = upload(PodiumServer.DEMO_SLUG, talk, "..\\..\\..\\Windows\\win.ini.pdf", SlideFixtures.pdf(),
                PodiumServer.ORGANIZER, false);
        String windowsName = windows.json().getString("filename");
        assertTrue(windowsName.endsWith("win.ini.pdf") && !windowsName.contains("\\") && !windowsName.contains("..")
                && !windowsName.contains("/"), windowsName);
        Answer odd = upload(PodiumServer.DEMO_SLUG, talk, "Überblick; Präsentation <final>.pdf", SlideFixtures.pdf(),
                PodiumServer.ORGANIZER, false);
        assertEquals("Überblick_ Präsentation _final_.pdf", odd.json().getString("filename"));

        Answer download = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides/versions/"
                + odd.json().getInt("version")).asOrganizer().send();
        assertEquals("attachment; filename=\"_berblick_ Pr_sentation _final_.pdf\"; "
                + "filename*=UTF-8''%C3%9Cberblick_%20Pr%C3%A4sentation%20_final_.pdf", download.header("Content-Disposition"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));

        for (String stored : storagePaths(talk)) {
            Path file = Path.of(stored).toAbsolutePath().normalize();
            assertTrue(file.startsWith(UPLOADS.resolve("slides").resolve(Long.toString(talk)).toAbsolutePath()), stored);
            assertTrue(file.getFileName().toString().matches("\\d+-[0-9a-f]{64}\\.pdf"), stored);
        }
        try (Stream<Path> all = Files.walk(Path.of("target"), 4)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().contains("podium-traversal")
                    || p.getFileName().toString().contains("win.ini")), "no file named by the client");
        }
    }

    @Test
    void publicSlidesOnlyAfterTheTalkHasStartedAndOnlyWhenReleased() {
        long talk = SlideFixtures.demoTalk("Zusammenfassung und Ausblick");
        String publicUrl = "/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides";
        assertEquals(404, podium.get(publicUrl).send().status(), "nothing uploaded yet");
        assertEquals(201, upload(PodiumServer.DEMO_SLUG, talk, "intern.pdf", SlideFixtures.pdf(), PodiumServer.ORGANIZER, false)
                .status());
        assertEquals(404, podium.get(publicUrl).send().status(), "private slides stay private after the talk");

        byte[] released = SlideFixtures.pptx();
        assertEquals(201, upload(PodiumServer.DEMO_SLUG, talk, "Ausblick.pptx", released, PodiumServer.ORGANIZER, true).status());
        assertEquals(201, upload(PodiumServer.DEMO_SLUG, talk, "entwurf.pdf", SlideFixtures.pdf(), PodiumServer.ORGANIZER, false)
                .status());
        Answer download = podium.get(publicUrl).send();
        assertEquals(200, download.status(), download::toString);
        assertArrayEquals(released, download.bytes(), "the latest version the speaker released, not the later draft");
        assertEquals(SlideFixtures.PPTX_TYPE, download.header("Content-Type"));
        assertTrue(download.header("Content-Disposition").startsWith("attachment; filename=\"Ausblick.pptx\""));
        assertEquals(null, download.header("Set-Cookie"), "a public download creates no session");
        String talkPage = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk).send().body();
        assertTrue(talkPage.contains("href=\"" + publicUrl + "\"") && talkPage.contains("Ausblick.pptx"),
                "the public talk page offers the released slides");
        String finished = podium.get("/conferences/" + PodiumServer.DEMO_SLUG).send().body();
        assertTrue(finished.contains("<a href=\"" + publicUrl + "\">Folien: Zusammenfassung und Ausblick</a>"),
                "the finished conference's page lists its released slides (issue #23): " + finished);

        Object[] future = SlideFixtures.futureTalk("Sprachkurse für alle");
        String slug = (String) future[0];
        long futureTalk = (long) future[1];
        assertEquals(201, upload(slug, futureTalk, "vorab.pdf", SlideFixtures.pdf(), PodiumServer.ORGANIZER, true).status());
        assertEquals(404, podium.get("/conferences/" + slug + "/talks/" + futureTalk + "/slides").send().status(),
                "released, but the talk has not started");
        assertEquals(404, podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + futureTalk + "/slides").send()
                .status(), "a talk of another conference");
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static List<String> storagePaths(long talk) throws Exception {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT storage_path FROM slide WHERE talk_id = ?")) {
            q.setLong(1, talk);
            try (ResultSet rs = q.executeQuery()) {
                List<String> paths = new java.util.ArrayList<>();
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
                return paths;
            }
        }
    }

    static List<Path> filesOf(long talk) throws IOException {
        Path dir = UPLOADS.resolve("slides").resolve(Long.toString(talk));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    static long leftoversInTmp() throws IOException {
        Path tmp = UPLOADS.resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.count();
        }
    }
}
