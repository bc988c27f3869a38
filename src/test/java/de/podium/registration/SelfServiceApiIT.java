package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * The attendee's own registration through the manage link: view, correct, export, QR code, accompanying staff; expiry
 * of unconfirmed ones.
 */
class SelfServiceApiIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void manageLinkShowsCorrectsExportsAndServesQr() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", email), "CONFIRMED");
        String token = RegistrationChecks.manageToken(id);
        Answer self = podium.get("/api/registrations/self/" + token).send();
        assertEquals(200, self.status(), self::toString);
        JsonObject json = self.json();
        assertEquals(email, json.getString("email"));
        assertEquals("2026-01", json.getJsonObject("consent").getString("privacyPolicyVersion"));
        assertTrue(json.getJsonObject("consent").getBoolean("listInParticipants"));
        assertEquals(RegistrationFixtures.column(id, "checkin_code"), json.getString("qrCode"));

        Answer corrected = podium.put("/api/registrations/self/" + token, """
                {"title":"Prof. Dr.","firstName":"Stefan","lastName":"Reuß","office":"Landrat a. D.",
                 "organisation":"DLT","locale":"en","listInParticipants":false}""").send();
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("Landrat a. D.", RegistrationFixtures.column(id, "office"));
        assertEquals("f", RegistrationFixtures.column(id, "list_in_participants"));
        Answer badCorrection = podium.put("/api/registrations/self/" + token, "{\"firstName\":\"\",\"lastName\":\"X\"}").send();
        assertEquals(422, badCorrection.status(), badCorrection::toString);
        assertEquals("Stefan", RegistrationFixtures.column(id, "first_name"));

        Answer export = podium.get("/api/registrations/self/" + token + "/export").send();
        assertEquals(200, export.status());
        assertTrue(export.header("Content-Disposition").startsWith("attachment"));
        assertEquals(email, export.json().getString("email"));

        Answer qr = podium.get("/api/registrations/self/" + token + "/qr.png").send();
        assertEquals(200, qr.status());
        assertEquals("image/png", qr.header("Content-Type"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(qr.bytes(), 4));
        assertEquals(RegistrationFixtures.column(id, "checkin_code"), decodeQr(qr.bytes()), "the QR code carries the check-in code");

        assertEquals(404, podium.get("/api/registrations/self/" + "x".repeat(43)).send().status());
        assertEquals(404, podium.get("/api/registrations/self/" + id).send().status());
    }

    @Test
    void delegateHoldsAPlaceOnlyAfterConfirmingTheirOwnAddress() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 2, false, false));
        long official = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "CONFIRMED");
        String token = RegistrationChecks.manageToken(official);
        String delegateEmail = RegistrationFixtures.email();
        Answer added = podium.post("/api/registrations/self/" + token + "/delegation",
                RegistrationFixtures.person("IGNORED", delegateEmail, "Referentin", "Müller", null)).send();
        assertEquals(201, added.status(), added::toString);
        assertEquals("PENDING_CONFIRMATION", added.json().getString("status"), "no place before the delegate consents");
        assertEquals(1, available(slug), "the delegate does not hold a place yet");
        assertEquals(java.util.List.of("registration.delegateConfirm"), RegistrationChecks.mailKinds(delegateEmail),
                "the delegate is asked to confirm, not told they are confirmed");
        long delegate = added.json().getJsonNumber("id").longValue();
        assertEquals(String.valueOf(official), RegistrationFixtures.column(delegate, "lead_id"));
        String invitation = de.podium.testsupport.MailChecks.text(de.podium.testsupport.TestMail.get()
                .awaitTo(delegateEmail, 1, java.time.Duration.ofSeconds(120)).get(0));
        assertTrue(invitation.contains("/registrations/self/" + RegistrationFixtures.column(delegate, "manage_token")),
                "the delegate's mail carries their own manage link: " + invitation);

        Answer confirmed = podium.post("/api/registrations/confirm",
                "{\"token\":\"" + RegistrationFixtures.column(delegate, "confirm_token") + "\"}").send();
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("CONFIRMED", RegistrationFixtures.column(delegate, "status"));
        assertEquals(0, available(slug));
        JsonObject own = podium.get("/api/registrations/self/" + RegistrationChecks.manageToken(delegate)).send().json();
        assertEquals(official, own.getJsonNumber("leadId").longValue());
        JsonObject self = podium.get("/api/registrations/self/" + token).send().json();
        assertEquals(1, self.getJsonArray("delegation").size());

        JsonObject row = podium.get("/api/conferences/" + slug + "/registrations").asOrganizer().send().jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == delegate)
                .findFirst().orElseThrow();
        assertEquals("Dr. Stefan Reuß", row.getString("delegatedBy"), "organizers see who delegated whom");
    }

    @Test
    void aLeadNamesAtMostThreeDelegates() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 100, false, false));
        long official = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "CONFIRMED");
        String token = RegistrationChecks.manageToken(official);
        for (int i = 0; i < 3; i++) {
            Answer added = podium.post("/api/registrations/self/" + token + "/delegation",
                    RegistrationFixtures.person("IGNORED", RegistrationFixtures.email(), "Person", "Nummer" + i, null)).send();
            assertEquals(201, added.status(), added::toString);
        }
        Answer fourth = podium.post("/api/registrations/self/" + token + "/delegation",
                RegistrationFixtures.person("IGNORED", RegistrationFixtures.email(), "Person", "Vier", null)).send();
        assertEquals(409, fourth.status(), fourth::toString);
        assertEquals("delegation_limit", fourth.json().getString("error"));
        assertEquals(3, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE lead_id = ?", official));
        assertEquals(99, available(slug), "only the lead holds a place");
    }

    private static int available(String slug) {
        return podium.get("/api/conferences/" + slug).send().json().getJsonArray("categories").getJsonObject(0)
                .getInt("available");
    }

    @Test
    void unconfirmedRegistrationsExpire() throws Exception {
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(PodiumServer.DEMO_SLUG, RegistrationFixtures.person("GUEST", email), "PENDING_CONFIRMATION");
        try (Connection db = PodiumServer.connect();
             PreparedStatement old = db.prepareStatement(
                     "UPDATE registration SET created_at = now() - interval '5 days' WHERE id = ?")) {
            old.setLong(1, id);
            old.executeUpdate();
        }
        long deadline = System.currentTimeMillis() + 70_000;
        while (!"CANCELLED".equals(RegistrationFixtures.column(id, "status")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals("CANCELLED", RegistrationFixtures.column(id, "status"));
        assertEquals("EXPIRED", RegistrationFixtures.column(id, "cancel_reason"));
        RegistrationFixtures.registered(PodiumServer.DEMO_SLUG, RegistrationFixtures.person("GUEST", email), "PENDING_CONFIRMATION");
    }

    /**
     * Reads the PNG as the pure code it is: zxing's camera-image detector fails on about 1 in 100 sharp synthetic
     * codes (NotFound/Checksum, measured with random check-in codes), which made this test flaky.
     */
    static String decodeQr(byte[] png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        com.google.zxing.LuminanceSource source =
                new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new com.google.zxing.qrcode.QRCodeReader()
                .decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source)),
                        java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
