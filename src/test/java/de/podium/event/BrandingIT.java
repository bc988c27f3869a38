package de.podium.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Journey;
import de.podium.testsupport.PdfChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * Issue #23 item 4: the organizer's branding — an accent colour checked for contrast and a logo — on the
 * conference's pages, in its mails and on its badges.
 */
class BrandingIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x00, 0x55, 0x3a));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aColourTooLightForWhiteTextIsRefusedAndNothingChanges() {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        Answer yellow = podium.put("/api/conferences/" + slug + "/branding", "{\"accentColour\":\"#ffd700\"}").asOrganizer().send();
        assertEquals(422, yellow.status(), yellow::toString);
        JsonObject error = yellow.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("accentColour", error.getString("field"));
        assertTrue(error.getString("message").contains("4,5:1"), error.toString());
        assertEquals(422, podium.put("/api/conferences/" + slug + "/branding", "{\"accentColour\":\"grün\"}").asOrganizer().send().status());
        JsonObject unchanged = podium.get("/api/conferences/" + slug + "/branding").asOrganizer().send().json();
        assertTrue(!unchanged.containsKey("accentColour") || unchanged.isNull("accentColour"), "nothing stored: " + unchanged);
        assertEquals(403, podium.put("/api/conferences/" + slug + "/branding", "{\"accentColour\":\"#00553a\"}").asSpeaker().send().status());
        assertEquals(415, podium.call("PUT", "/api/conferences/" + slug + "/branding/logo")
                .bytes("image/png", "<html>kein Bild</html>".getBytes()).asOrganizer().send().status(), "HTML named PNG");

        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page page = browser.get("/organizer/conferences/" + slug);
        Browser.Page refused = browser.submit(page, "branding", Map.of("branding:accentColour", "#ffff99"), "branding:saveBranding");
        assertTrue(refused.html().contains("id=\"branding:accentColour-error\" class=\"field-error\">Diese Farbe ist zu hell"),
                "next to the field: " + refused.html());
    }

    @Test
    void colourAndLogoAppearOnThePagesInTheMailsAndOnTheBadges() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 10, false, false));
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page page = browser.get("/organizer/conferences/" + slug);
        Browser.Page saved = browser.submitMultipart(page, "branding", Map.of("branding:accentColour", "#00553A"),
                "branding:logo", "logo.png", png(1200, 400), "branding:saveBranding");
        assertTrue(saved.html().contains("Das Erscheinungsbild ist gespeichert."), saved.html());
        JsonObject branding = podium.get("/api/conferences/" + slug + "/branding").asOrganizer().send().json();
        assertEquals("#00553a", branding.getString("accentColour"));
        String logoUrl = branding.getString("logo");

        Answer logo = podium.get(logoUrl).send();
        assertEquals(200, logo.status());
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
        assertEquals(600, served.getWidth(), "re-encoded to at most 600 pixels per edge");

        String conferencePage = new Browser(podium).get("/conferences/" + slug).html();
        assertTrue(conferencePage.contains("<style>:root { --brand: #00553a; }</style>"), conferencePage);
        assertTrue(conferencePage.contains("class=\"brand-logo\" src=\"" + logoUrl.replace("&", "&amp;") + "\" alt=\"Logo: "),
                conferencePage);

        String email = Journey.unique("marke");
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", email), "CONFIRMED");
        String html = html(Journey.mail(email, 1));
        assertNotNull(html, "an HTML part");
        assertTrue(html.contains("border-top:6px solid #00553a"), html);
        assertTrue(html.contains("<img src=\"" + podium.baseUrl() + logoUrl.replace("&", "&amp;") + "\""), html);

        byte[] badges = podium.get("/api/conferences/" + slug + "/badges.pdf").asOrganizer().send().bytes();
        try (PdfDocument pdf = PdfChecks.open(badges)) {
            PdfDictionary images = pdf.getPage(1).getResources().getResource(PdfName.XObject);
            assertTrue(images != null && images.keySet().stream()
                    .anyMatch(name -> PdfName.Image.equals(images.getAsStream(name).getAsName(PdfName.Subtype))),
                    "the logo is on the badge");
        }
    }

    private static String html(MimeMessage mail) throws Exception {
        return find(mail.getContent());
    }

    private static String find(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    return (String) part.getContent();
                }
                String inner = find(part.getContent());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
