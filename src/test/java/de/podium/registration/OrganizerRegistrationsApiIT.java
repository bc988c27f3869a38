package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/**
 * The organizer's side of registrations through the API: approval, list and counts, rights, erasure, CSV, check-in,
 * invitations, retention.
 */
class OrganizerRegistrationsApiIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void approvalAndRejectionOfModeratedRegistrations() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("PRESS", 1, false, true));
        String a = RegistrationFixtures.email();
        String b = RegistrationFixtures.email();
        String c = RegistrationFixtures.email();
        long first = RegistrationFixtures.registered(slug, RegistrationFixtures.person("PRESS", a), "PENDING_APPROVAL");
        long second = RegistrationFixtures.registered(slug, RegistrationFixtures.person("PRESS", b), "PENDING_APPROVAL");
        long third = RegistrationFixtures.registered(slug, RegistrationFixtures.person("PRESS", c), "PENDING_APPROVAL");
        String base = "/api/conferences/" + slug + "/registrations/";

        assertEquals(401, podium.post(base + first + "/approve", "").send().status());
        Answer approved = podium.post(base + first + "/approve", "").asOrganizer().send();
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("CONFIRMED", approved.json().getString("status"));
        assertEquals("WAITLISTED", podium.post(base + second + "/approve", "").asOrganizer().send().json().getString("status"));
        Answer rejected = podium.post(base + third + "/reject", "").asOrganizer().send();
        assertEquals("CANCELLED", rejected.json().getString("status"), rejected::toString);
        assertEquals("REJECTED", RegistrationFixtures.column(third, "cancel_reason"));
        assertEquals(List.of("registration.pendingApproval", "registration.confirmed"), RegistrationChecks.mailKinds(a));
        assertEquals(List.of("registration.pendingApproval", "registration.rejected"), RegistrationChecks.mailKinds(c));
        assertEquals(409, podium.post(base + first + "/approve", "").asOrganizer().send().status());
        assertEquals(404, podium.post(base + 999999999 + "/approve", "").asOrganizer().send().status());
    }

    @Test
    void listFiltersAndCountsForTheOrganizerOnly() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 1, false, false), RegistrationFixtures.category("ADMIN", null, false, false));
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "Anna", "Zander", null), "CONFIRMED");
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "Bernd", "Albers", null), "WAITLISTED");
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("ADMIN", RegistrationFixtures.email(), "Carla", "Meier", null), "CONFIRMED");
        String base = "/api/conferences/" + slug + "/registrations";
        assertEquals(3, podium.get(base).asOrganizer().send().jsonArray().size());
        assertEquals(1, podium.get(base + "?status=WAITLISTED").asOrganizer().send().jsonArray().size());
        assertEquals(2, podium.get(base + "?category=GUEST").asOrganizer().send().jsonArray().size());
        Answer text = podium.get(base + "?q=zand").asOrganizer().send();
        assertEquals("Zander", text.jsonArray().getJsonObject(0).getString("lastName"));
        assertEquals(422, podium.get(base + "?status=KAPUTT").asOrganizer().send().status());
        JsonObject summary = podium.get(base + "/summary").asOrganizer().send().json();
        assertEquals(2, summary.getInt("held"));
        assertEquals(1, summary.getJsonObject("statuses").getInt("WAITLISTED"));

        assertEquals(401, podium.get(base).send().status());
        Answer speaker = podium.get(base).asSpeaker().send();
        assertEquals(403, speaker.status(), speaker::toString);
        Answer demoAsOther = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/registrations")
                .as(PodiumServer.SPEAKER, PodiumServer.DEMO_PASSWORD).send();
        assertEquals(403, demoAsOther.status());
    }

    @Test
    void anotherOrganizersConferenceIs403() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        String other = "other-org-" + System.nanoTime() + "@podium.example";
        try (Connection db = PodiumServer.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO account (email, display_name, password_hash, "
                     + "created_at) SELECT ?, 'Andere', password_hash, now() FROM account WHERE email = ?",
                     java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, other);
            insert.setString(2, PodiumServer.ORGANIZER);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                try (PreparedStatement role = db.prepareStatement(
                        "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANIZER')")) {
                    role.setLong(1, keys.getLong(1));
                    role.executeUpdate();
                }
            }
        }
        Answer answer = podium.get("/api/conferences/" + slug + "/registrations")
                .as(other, PodiumServer.DEMO_PASSWORD).send();
        assertEquals(403, answer.status(), answer::toString);
        assertEquals(403, podium.post("/api/conferences/" + slug + "/checkins", "{\"code\":\"x\"}")
                .as(other, PodiumServer.DEMO_PASSWORD).send().status());
    }

    @Test
    void erasureAnonymisesButKeepsCounts() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 5, false, false));
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", email), "CONFIRMED");
        Answer erased = podium.post("/api/conferences/" + slug + "/registrations/" + id + "/erase", "")
                .asOrganizer().send();
        assertEquals(200, erased.status(), erased::toString);
        assertEquals("CONFIRMED", RegistrationFixtures.column(id, "status"));
        assertFalse(RegistrationFixtures.column(id, "last_name").contains("Reuß"));
        assertFalse(RegistrationFixtures.column(id, "email").contains(email));
        assertEquals(null, RegistrationFixtures.column(id, "office"));
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE email = ? OR last_name = 'Reuß' "
                + "AND id = ?", email, id));
        assertEquals(4, podium.get("/api/conferences/" + slug).send().json().getJsonArray("categories")
                .getJsonObject(0).getInt("available"));
    }

    @Test
    void csvNeutralisesFormulasAndKeepsUmlauts() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "=HYPERLINK(\\\"http://evil\\\")", "+Müßig", null), "CONFIRMED");
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "@SUM(A1)", "-Ärger", null), "CONFIRMED");
        Answer csv = podium.get("/api/conferences/" + slug + "/registrations/export.csv").asOrganizer().send();
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "BOM for Excel");
        assertTrue(text.contains("'+Müßig"), text);
        assertTrue(text.contains("'-Ärger"), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), text);
        assertTrue(text.contains("'@SUM(A1)"), text);
        assertFalse(text.contains(";=") || text.contains(";+") || text.contains(";@") || text.contains(";-Ä"), text);

        Answer xlsx = podium.get("/api/conferences/" + slug + "/registrations/export.xlsx").asOrganizer().send();
        assertEquals(200, xlsx.status());
        assertEquals('P', xlsx.bytes()[0]);
        assertEquals('K', xlsx.bytes()[1]);
    }

    /** Read back as importers read it: a streaming reader that trusts the sheet's dimension and cell types. */
    @Test
    void xlsxIsTypedPrintableAndInTheOrganizersLanguage() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false));
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email(),
                "=HYPERLINK(\\\"http://evil\\\")", "Müßig", null), "CONFIRMED");
        Answer german = podium.get("/api/conferences/" + slug + "/registrations/export.xlsx?lang=de").asOrganizer().send();
        assertEquals(200, german.status(), german::toString);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(german.bytes()),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(2, rows.size(), "header and one registration");
            assertEquals("Nr.", rows.get(0).getCellText(0));
            Row row = rows.get(1);
            assertEquals(CellType.NUMBER, row.getCell(0).getType(), "Nr. is a number");
            assertEquals(id, row.getCell(0).asNumber().longValue());
            assertEquals("Bestätigt", row.getCellText(1), "status in words");
            assertEquals(CellType.STRING, row.getCell(5).getType());
            assertEquals("=HYPERLINK(\"http://evil\")", row.getCellText(5), "text stays text, without an apostrophe");
            assertEquals(null, row.getCell(5).getFormula());
            assertEquals("Deutsch", row.getCellText(10));
            assertEquals("Ja", row.getCellText(11));
            assertEquals(CellType.NUMBER, row.getCell(13).getType(), "a date cell");
            assertEquals("dd.mm.yyyy hh:mm", row.getCell(13).getDataFormatString());
            java.time.LocalDateTime created = row.getCell(13).asDate();
            java.time.LocalDateTime nowInBerlin = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Berlin"));
            assertTrue(java.time.Duration.between(created, nowInBerlin).abs().toMinutes() < 10,
                    "in the conference's time zone (Berlin), not UTC: " + created + " vs " + nowInBerlin);
        }
        String sheet = entry(german.bytes(), "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<dimension ref=\"A1:P2\"/>"), sheet);
        assertTrue(sheet.matches("(?s).*<pageSetup[^>]*paperSize=\"9\".*") && sheet.matches("(?s).*<pageSetup[^>]*orientation=\"landscape\".*"), "A4 landscape: " + sheet);
        assertTrue(sheet.matches("(?s).*<pageSetup[^>]*fitToWidth=\"1\".*") && sheet.contains("fitToPage=\"true\""), "one page wide: " + sheet);
        assertTrue(sheet.matches("(?s).*<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\".*"), "frozen header: " + sheet);
        assertTrue(sheet.contains("<autoFilter ref=\"A1:P2\""), sheet);
        assertTrue(entry(german.bytes(), "xl/workbook.xml").contains("_xlnm.Print_Titles"), "header row repeated on every page");

        Answer english = podium.get("/api/conferences/" + slug + "/registrations/export.xlsx?lang=en").asOrganizer().send();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(english.bytes()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("No.", rows.get(0).getCellText(0));
            assertEquals("Confirmed", rows.get(1).getCellText(1));
            assertEquals("Yes", rows.get(1).getCellText(11));
        }
        String csv = new String(podium.get("/api/conferences/" + slug + "/registrations/export.csv?lang=de").asOrganizer()
                .send().bytes(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(";Bestätigt;") && csv.contains(";Ja;") && !csv.contains("CONFIRMED"), csv);
        assertTrue(csv.matches("(?s).*;\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}.*"), "local time, not ISO: " + csv);

        // without ?lang, the browser's first language Podium speaks, as on every other answer
        String french = new String(podium.get("/api/conferences/" + slug + "/registrations/export.csv").asOrganizer()
                .language("fr-FR, fr;q=0.9, en;q=0.8").send().bytes(), StandardCharsets.UTF_8);
        assertTrue(french.contains(";Confirmed;") && !french.contains(";Bestätigt;"), french);
    }

    static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " missing");
    }

    @Test
    void checkInOnceThen409AndUnknown404() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", 1, false, false));
        long confirmed = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "CONFIRMED");
        long waiting = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", RegistrationFixtures.email()), "WAITLISTED");
        String url = "/api/conferences/" + slug + "/checkins";
        String code = RegistrationFixtures.column(confirmed, "checkin_code");

        // the fixture conference is on 10 May 2027: the door opens on 9 May, so a scan today is refused
        Answer early = podium.post(url, "{\"code\":\"" + code + "\"}").asOrganizer().send();
        assertEquals(409, early.status(), early::toString);
        assertEquals("outside_checkin_window", early.json().getString("error"));
        assertTrue(early.json().getString("message").contains("09.05.2027"), early::toString);
        assertTrue(early.json().getString("message").contains("10.05.2027"), early::toString);
        assertEquals("CONFIRMED", RegistrationFixtures.column(confirmed, "status"));
        Answer wrongCode = podium.post(url, "{\"code\":\"nope\"}").asOrganizer().send();
        assertEquals(404, wrongCode.status(), "an unknown code is named as unknown, whatever the day: " + wrongCode);

        String admitted = "{\"code\":\"" + code + "\",\"outsideWindow\":true}";
        Answer first = podium.post(url, admitted).asOrganizer().send();
        assertEquals(200, first.status(), first::toString);
        assertEquals("CHECKED_IN", first.json().getString("status"));
        assertEquals(confirmed, first.json().getJsonNumber("id").longValue());
        Answer second = podium.post(url, admitted).asOrganizer().send();
        assertEquals(409, second.status(), second::toString);
        assertEquals("already_checked_in", second.json().getString("error"));
        String lastName = RegistrationFixtures.column(confirmed, "last_name");
        assertTrue(second.json().getString("message").contains(lastName), "a second scan names the person: " + second);
        Answer notConfirmed = podium.post(url, "{\"code\":\"" + RegistrationFixtures.column(waiting, "checkin_code")
                + "\",\"outsideWindow\":true}").asOrganizer().send();
        assertEquals(409, notConfirmed.status());
        assertTrue(notConfirmed.json().getString("message").contains("Warteliste"), notConfirmed::toString);
        assertFalse(notConfirmed.json().getString("message").contains("WAITLISTED"), notConfirmed::toString);
        assertEquals(404, podium.post(url, "{\"code\":\"unbekannt\",\"outsideWindow\":true}").asOrganizer().send().status());
        assertEquals(401, podium.post(url, "{\"code\":\"" + code + "\"}").send().status());
    }

    @Test
    void invitationsFromCsvAreAllOrNothing() throws Exception {
        String slug = RegistrationFixtures.conference(false, null, RegistrationFixtures.category("LANDRAT", 10, true, false), RegistrationFixtures.category("GUEST", null, false, false));
        String url = "/api/conferences/" + slug + "/invitations/import";
        String bad = "email;category;title;firstName;lastName;office\n"
                + "a-" + slug + "@kreis.example;LANDRAT;;Anke;Müller;Landrätin\n"
                + "kaputt;LANDRAT;;Bernd;Weiß;Landrat\n";
        Answer refused = podium.call("POST", url).asOrganizer().body("text/csv", bad).send();
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("rows[2].email"), refused::toString);
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM invitation i JOIN conference c ON c.id = i.conference_id "
                + "WHERE c.slug = ?", slug));

        String good = "\uFEFFemail,category,firstName,lastName,office\n"
                + "a-" + slug + "@kreis.example,LANDRAT,Anke,Müller,Landrätin\n"
                + "b-" + slug + "@kreis.example,GUEST,Bernd,Weiß,\n";
        Answer imported = podium.call("POST", url).asOrganizer().body("text/csv", good).send();
        assertEquals(201, imported.status(), imported::toString);
        assertEquals(2, imported.jsonArray().size());
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'registration.invitation' "
                + "AND recipient = ?", "a-" + slug + "@kreis.example"));
        String code = imported.jsonArray().getJsonObject(0).getString("code");
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("LANDRAT", RegistrationFixtures.email(), "Anke", "Müller", code), "CONFIRMED");
    }

    @Test
    void retentionAnonymisesRegistrationsOfEndedConferences() throws Exception {
        String slug = "reg-past-" + System.nanoTime() % 1_000_000_000L;
        Answer created = podium.post("/api/conferences", """
                {"slug":"%s","title":"Vergangene Tagung","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2020-05-10T09:00:00+02:00","endsAt":"2020-05-10T17:00:00+02:00","doubleOptIn":false,
                 "categories":[{"code":"GUEST","name":"Gast","capacity":5}],"tracks":[]}""".formatted(slug))
                .asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", email), "CONFIRMED");
        String url = "/api/conferences/" + slug + "/registrations/retention";
        assertEquals(422, podium.put(url, "{\"days\":-1}").asOrganizer().send().status());
        assertEquals(401, podium.put(url, "{\"days\":30}").send().status());
        Answer kept = podium.put(url, "{\"days\":30}").asOrganizer().send();
        assertEquals(200, kept.status(), kept::toString);
        assertEquals(30, podium.get(url).asOrganizer().send().json().getInt("days"));
        long deadline = System.currentTimeMillis() + 70_000;
        while (!"t".equals(RegistrationFixtures.column(id, "anonymised")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals("t", RegistrationFixtures.column(id, "anonymised"));
        assertEquals("CONFIRMED", RegistrationFixtures.column(id, "status"), "counts stay");
        assertFalse(RegistrationFixtures.column(id, "email").contains(email));
        Answer none = podium.put(url, "{\"days\":null}").asOrganizer().send();
        assertEquals(200, none.status(), none::toString);
    }
}
