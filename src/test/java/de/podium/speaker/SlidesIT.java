package de.podium.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.SlideFixtures;

/** Slides are recognised by their content, kept in versions, and missing slides make a bulk-mail audience. */
class SlidesIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static Answer upload(String slug, long talk, String filename, byte[] content, boolean asOrganizer) {
        String boundary = "----slides" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        PodiumServer.Call call = podium.call("PUT", "/api/conferences/" + slug + "/talks/" + talk + "/slides")
                .bytes("multipart/form-data; boundary=" + boundary, body.toByteArray());
        return (asOrganizer ? call.asOrganizer() : call.asSpeaker()).send();
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    static long masterplanTalk() {
        return podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send().json().getJsonArray("talks")
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("title").startsWith("Masterplan")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void speakerUploadsAndReplacesSlidesWithVersionsAndChecksum() throws Exception {
        long talk = masterplanTalk();
        Answer first = upload(PodiumServer.DEMO_SLUG, talk, "masterplan.pdf", pdf(), false);
        assertEquals(201, first.status(), first::toString);
        assertEquals("application/pdf", first.json().getString("contentType"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf())), first.json().getString("sha256"));
        int version = first.json().getInt("version");
        Answer second = upload(PodiumServer.DEMO_SLUG, talk, "masterplan-v2.pptx", pptx(), false);
        assertEquals(201, second.status(), second::toString);
        assertEquals(version + 1, second.json().getInt("version"));
        assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                second.json().getString("contentType"));

        Answer latest = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + talk + "/slides").asOrganizer().send();
        assertEquals(200, latest.status());
        assertEquals(String.valueOf(version + 1), latest.header("X-Slide-Version"));
    }

    @Test
    void contentNotNameDecidesTheType() throws Exception {
        long talk = masterplanTalk();
        int before = slideRows();
        Answer html = upload(PodiumServer.DEMO_SLUG, talk, "slides.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(415, html.status(), html::toString);
        assertEquals("unsupported_media_type", html.json().getString("error"));
        Answer zip = upload(PodiumServer.DEMO_SLUG, talk, "slides.pptx", zipWith("readme.txt"), true);
        assertEquals(415, zip.status(), zip::toString);
        Answer exe = upload(PodiumServer.DEMO_SLUG, talk, "slides.odp", new byte[]{'M', 'Z', 0, 0, 1, 2, 3}, true);
        assertEquals(415, exe.status());
        assertEquals(before, slideRows(), "nothing stored");
    }

    @Test
    void tooLargeIs413AndLeavesNothingBehind() throws Exception {
        long talk = masterplanTalk();
        int before = slideRows();
        byte[] announcedTooBig = new byte[(int) PodiumServer.SLIDES_MAX_BYTES * 2];
        System.arraycopy(pdf(), 0, announcedTooBig, 0, pdf().length);
        assertEquals(413, upload(PodiumServer.DEMO_SLUG, talk, "gross.pdf", announcedTooBig, true).status());
        byte[] slightlyTooBig = new byte[(int) PodiumServer.SLIDES_MAX_BYTES + 10_000];
        System.arraycopy(pdf(), 0, slightlyTooBig, 0, pdf().length);
        Answer streamed = upload(PodiumServer.DEMO_SLUG, talk, "etwas-gross.pdf", slightlyTooBig, true);
        assertEquals(413, streamed.status(), streamed::toString);
        assertEquals(before, slideRows());
        try (var leftovers = java.nio.file.Files.list(java.nio.file.Path.of("target", "it-data", "uploads", "tmp"))) {
            assertEquals(0, leftovers.count(), "no half file left in the upload directory");
        }
    }

    @Test
    void otherPeopleMayNotUpload() {
        long opening = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send().json().getJsonArray("talks")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("title").startsWith("Eröffnung"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(403, upload(PodiumServer.DEMO_SLUG, opening, "x.pdf", pdf(), false).status(),
                "Landrat Reuß does not speak at the opening");
    }

    @Test
    void speakersWithoutSlidesAreABulkMailAudience() throws Exception {
        JsonObject segment = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings/segments").asOrganizer()
                .send().jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals("SPEAKERS_WITHOUT_SLIDES")).findFirst().orElseThrow();
        assertEquals("Referentinnen und Referenten ohne hochgeladene Folien", segment.getString("label"));
        boolean reussHadUploaded = SlideFixtures.slideRows(masterplanTalk()) > 0;
        upload(PodiumServer.DEMO_SLUG, masterplanTalk(), "masterplan.pdf", pdf(), false);
        JsonObject after = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/mailings/segments").asOrganizer()
                .send().jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals("SPEAKERS_WITHOUT_SLIDES")).findFirst().orElseThrow();
        assertEquals(segment.getInt("recipients") - (reussHadUploaded ? 0 : 1), after.getInt("recipients"),
                "Landrat Reuß leaves the audience once he has uploaded");
    }

    private static int slideRows() throws Exception {
        try (Connection db = PodiumServer.connect(); Statement q = db.createStatement();
             ResultSet rs = q.executeQuery("SELECT COUNT(*) FROM slide")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static byte[] pptx() {
        return SlideFixtures.pptx();
    }

    private static byte[] zipWith(String... entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
