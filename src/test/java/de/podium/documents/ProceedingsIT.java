package de.podium.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.PdfChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

/** The proceedings of the demo conference: contents, bookmarks, merged slides, broken slides skipped, PDF/A-2a and PDF/UA-1 (veraPDF). */
class ProceedingsIT {

    static final String SLUG = PodiumServer.DEMO_SLUG;
    static PodiumServer podium;
    static List<JsonObject> talks;

    @BeforeAll
    static void boot() throws Exception {
        podium = PodiumServer.get();
        talks = podium.get("/api/conferences/" + SLUG + "/agenda").send().json().getJsonArray("talks").getValuesAs(JsonObject.class);
        assertTrue(talks.size() >= 3, "the demo agenda has talks");
        assertEquals(201, upload(id(0), "good.pdf", slides(3, "Folie", false)).status());
        assertEquals(201, upload(id(1), "secret.pdf", slides(2, "Geheim", true)).status());
        assertEquals(201, upload(id(2), "broken.pdf", "%PDF-1.7\n1 0 obj <</Type/Catalog>>\nxref garbage"
                .getBytes(StandardCharsets.ISO_8859_1)).status());
    }

    static long id(int index) {
        return talks.get(index).getJsonNumber("id").longValue();
    }

    static Answer upload(long talk, String filename, byte[] content) {
        String boundary = "----proc" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return podium.call("PUT", "/api/conferences/" + SLUG + "/talks/" + talk + "/slides")
                .bytes("multipart/form-data; boundary=" + boundary, body.toByteArray()).asOrganizer().send();
    }

    /** Landscape slides with an embedded font, as a presentation program exports them. */
    static byte[] slides(int pages, String label, boolean encrypted) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriterProperties properties = new WriterProperties();
        try (InputStream font = ProceedingsIT.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf");
             Document doc = new Document(new PdfDocument(new PdfWriter(out, properties)), PageSize.A4.rotate())) {
            doc.setFont(PdfFontFactory.createFont(font.readAllBytes(), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED));
            for (int i = 1; i <= pages; i++) {
                if (i > 1) {
                    doc.add(new com.itextpdf.layout.element.AreaBreak());
                }
                doc.add(new Paragraph(label + " " + i + " – Übersicht").setFontSize(40));
            }
        }
        return encrypted ? encrypt(out.toByteArray()) : out.toByteArray();
    }

    /** With PDFBox: iText needs a Bouncy Castle adapter for AES, which does not resolve here. */
    static byte[] encrypt(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void proceedingsHaveContentsBookmarksSlidesAndPassPdfA() throws Exception {
        Answer answer = podium.get("/api/conferences/" + SLUG + "/proceedings.pdf").asOrganizer().send();
        assertEquals(200, answer.status(), answer::toString);
        byte[] pdf = answer.bytes();
        String all = PdfChecks.text(pdf);
        assertTrue(all.contains("Folie 1 – Übersicht") && all.contains("Folie 3 – Übersicht"), "slides merged");
        assertTrue(!all.contains("Geheim 1"), "encrypted slides left out");
        assertTrue(all.contains("verschlüsselt") && all.contains("beschädigt"), "a note says why: " + all);

        String toc = PdfChecks.pageText(pdf, 2);
        assertTrue(toc.startsWith("Inhalt"), toc);
        // rows in order; a wrapped title puts its number between its lines, so read the numbers as a sequence
        String body = toc.substring(0, toc.lastIndexOf("Seite")).replaceFirst("^Inhalt", "");
        List<Integer> numbers = new ArrayList<>();
        for (String token : body.split("\\s+")) {
            if (token.matches("\\d+")) {
                numbers.add(Integer.parseInt(token));
            }
        }
        // breaks are in the programme only: no page, no contents row, no bookmark
        List<JsonObject> withPages = talks.stream().filter(t -> !"BREAK".equals(t.getString("kind", ""))).toList();
        assertTrue(withPages.size() < talks.size(), "the demo agenda has a break");
        List<String> titles = new ArrayList<>(List.of("Programm"));
        withPages.forEach(t -> titles.add(t.getString("title")));
        int checked = 0;
        for (int i = 0; i < Math.min(titles.size(), numbers.size()); i++) {
            int page = numbers.get(i);
            String target = PdfChecks.pageText(pdf, page).replaceAll("\\s+", " ");
            assertTrue(target.replace(" ", "").contains(titles.get(i).replace(" ", "")),
                    "contents say '" + titles.get(i) + "' is on page " + page + ": " + target);
            assertTrue(target.contains("Seite " + page), "footer number agrees on page " + page + ": " + target);
            checked++;
        }
        assertEquals(withPages.size() + 1, checked, "one contents row per talk plus the programme: " + toc);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                assertNotNull(item.findDestinationPage(doc), item.getTitle());
                int page = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
                assertTrue(PdfChecks.pageText(pdf, page).replaceAll("\\s+", "").contains(item.getTitle().replaceAll("\\s+", "")),
                        "bookmark " + item.getTitle() + " → page " + page);
            }
            assertEquals(withPages.size() + 1, bookmarks.size(), bookmarks::toString);
            assertEquals(withPages.get(0).getString("title"), bookmarks.get(1));
            assertEquals("de-DE", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Tagungsband"));
        }
        PdfChecks.png(pdf, 0, Path.of("target", "documents-it", "proceedings-cover.png"));
        PdfChecks.png(pdf, 1, Path.of("target", "documents-it", "proceedings-toc.png"));
        PdfChecks.png(pdf, 4, Path.of("target", "documents-it", "proceedings-p5.png"));
        PdfChecks.assertArchivalAndAccessible(pdf, "proceedings.pdf");
    }

    @Test
    void slideTextIsReadOnceAfterTheUploadAndUsedByTheProceedings() throws Exception {
        long slide = latestSlide(id(0));
        String texts = null;
        for (int i = 0; i < 120 && texts == null; i++) {
            texts = storedTexts(slide);
            if (texts == null) {
                Thread.sleep(250);
            }
        }
        assertNotNull(texts, "the upload's page texts are read after the upload");
        assertTrue(texts.contains("Folie 1 – Übersicht") && texts.contains("Folie 3 – Übersicht"), texts);
        // the proceedings take the texts kept, not the slides' own: change one and it shows
        String changed = texts.replace("Folie 2 – Übersicht", "Folie 2 – beim Hochladen gelesen");
        try {
            updateTexts(slide, changed);
            Answer answer = podium.get("/api/conferences/" + SLUG + "/proceedings.pdf").asOrganizer().send();
            assertEquals(200, answer.status(), answer::toString);
            List<String> actual = actualTexts(answer.bytes());
            assertTrue(actual.contains("Folie 2 – beim Hochladen gelesen"), actual::toString);
            assertTrue(actual.contains("Folie 1 – Übersicht"), actual::toString);
            assertTrue(PdfChecks.text(answer.bytes()).contains("Folie 2 – Übersicht"), "the slide itself is unchanged");
        } finally {
            updateTexts(slide, texts);
        }
    }

    static long latestSlide(long talk) throws Exception {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT id FROM slide WHERE talk_id = ? ORDER BY version DESC")) {
            q.setLong(1, talk);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "talk " + talk + " has slides");
                return rs.getLong(1);
            }
        }
    }

    static String storedTexts(long slide) throws Exception {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT page_count, texts FROM slide_page_texts WHERE slide_id = ?")) {
            q.setLong(1, slide);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                assertEquals(3, rs.getInt(1), "one text per page");
                return rs.getString(2);
            }
        }
    }

    static void updateTexts(long slide, String texts) throws Exception {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("UPDATE slide_page_texts SET texts = ? WHERE slide_id = ?")) {
            q.setString(1, texts);
            q.setLong(2, slide);
            assertEquals(1, q.executeUpdate());
        }
    }

    /** What screen readers get for the slide figures: their actual texts, in order. */
    static List<String> actualTexts(byte[] pdf) throws Exception {
        return PdfChecks.figures(pdf).stream().filter(f -> f.actualText() != null).map(f -> f.actualText().trim()).toList();
    }

    @Test
    void proceedingsOnlyForOrganizers() {
        assertEquals(401, podium.get("/api/conferences/" + SLUG + "/proceedings.pdf").send().status());
        assertEquals(403, podium.get("/api/conferences/" + SLUG + "/proceedings.pdf").asSpeaker().send().status());
    }

    @Test
    void bigRunsGoToTheBackgroundWithProgressAndADownload() throws Exception {
        String jobs = "/api/conferences/" + SLUG + "/documents/jobs";
        assertEquals(403, podium.post(jobs, "{\"kind\":\"BADGES\"}").asSpeaker().send().status());
        assertEquals(422, podium.post(jobs, "{\"kind\":\"POSTERS\"}").asOrganizer().send().status());
        for (String body : List.of("{\"kind\":\"BADGES\",\"layout\":\"a4\"}", "{\"kind\":\"PROCEEDINGS\"}")) {
            Answer started = podium.post(jobs, body).asOrganizer().send();
            assertEquals(202, started.status(), started::toString);
            long id = started.json().getJsonNumber("id").longValue();
            JsonObject job = started.json();
            for (int i = 0; i < 240 && !List.of("DONE", "FAILED").contains(job.getString("status")); i++) {
                Thread.sleep(500);
                job = podium.get(jobs + "/" + id).asOrganizer().send().json();
            }
            assertEquals("DONE", job.getString("status"), job::toString);
            assertEquals(100, job.getInt("percent"));
            Answer file = podium.get(jobs + "/" + id + "/file").asOrganizer().send();
            assertEquals(200, file.status());
            assertTrue(PdfChecks.pages(file.bytes()) >= 1);
            if (body.contains("PROCEEDINGS")) {
                assertTrue(job.getString("report").contains("verschlüsselt"), "the report names the skipped slides: " + job);
            }
        }
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page page = browser.get("/organizer/conferences/" + SLUG + "/documents");
        assertEquals(200, page.status());
        assertTrue(page.html().contains("badges.pdf?layout=a6") && page.html().contains("proceedings.pdf")
                && page.html().contains("/documents/jobs/"), page.html());
        Browser.Page started = browser.submit(page, "jobs", java.util.Map.of(), "jobs:startBadges");
        assertTrue(started.status() < 400, started::toString);
        assertEquals(403, Browser.signedIn(PodiumServer.SPEAKER).get("/organizer/conferences/" + SLUG + "/documents").status());
    }
}
