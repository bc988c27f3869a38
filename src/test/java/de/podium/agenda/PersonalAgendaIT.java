package de.podium.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.AgendaFixtures;
import de.podium.testsupport.Browser;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;
import de.podium.testsupport.TestMail;

/** Attendees keep a personal agenda from their manage link and hear of changes to it by mail. */
class PersonalAgendaIT {

    static PodiumServer podium;
    static TestMail mail;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        mail = TestMail.get();
    }

    @Test
    void attendeeMarksTalksGetsACalendarAndIsToldWhenOneMoves() throws Exception {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        assertEquals(200, podium.put("/api/conferences/" + slug, """
                {"slug":"%s","title":"Programmtest","city":"Berlin","timeZone":"Europe/Berlin",
                 "startsAt":"2027-06-01T09:00:00+02:00","endsAt":"2027-06-01T18:00:00+02:00","capacity":200,
                 "doubleOptIn":false,"categories":[{"code":"GUEST","name":"Gast","capacity":100}],
                 "tracks":[{"code":"WOHNEN","name":"Wohnen"}]}""".formatted(slug)).asOrganizer().send().status());
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 100);
        String speakerA = "sprecherin" + System.nanoTime() + "@example.org";
        String speakerB = "sprecher" + System.nanoTime() + "@example.org";
        long first = AgendaFixtures.talk(slug, "Wohnen im Dorf", 45, null, speakerA);
        long second = AgendaFixtures.talk(slug, "Sprachkurse vor Ort", 45, null, speakerB);
        AgendaFixtures.place(slug, first, plenary, "2027-06-01T10:00:00+02:00");
        AgendaFixtures.place(slug, second, plenary, "2027-06-01T11:00:00+02:00");
        assertEquals(201, podium.post("/api/conferences/" + slug + "/agenda/publish", "{}").asOrganizer().send().status());

        String attendee = "teilnehmer" + System.nanoTime() + "@example.org";
        Answer registered = podium.post("/api/conferences/" + slug + "/registrations",
                RegistrationFixtures.personInLanguage(attendee, "en").replace("INTEGRATION_OFFICER", "GUEST")).send();
        assertEquals("CONFIRMED", registered.json().getString("status"), registered::toString);
        String token = manageToken(mail.awaitTo(attendee, 1, Duration.ofSeconds(30)).get(0));

        String self = "/api/registrations/self/" + token + "/agenda";
        assertEquals(200, podium.put(self + "/" + first, "").send().status());
        assertEquals(2, podium.put(self + "/" + second, "").send().jsonArray().size());
        assertEquals(1, podium.call("DELETE", self + "/" + second).send().jsonArray().size());
        assertEquals(404, podium.put(self + "/999999", "").send().status());

        Answer calendar = podium.get("/api/registrations/self/" + token + "/agenda.ics").send();
        assertEquals(200, calendar.status());
        assertTrue(calendar.header("Content-Type").startsWith("text/calendar"));
        assertTrue(calendar.body().contains("SUMMARY:Wohnen im Dorf") && !calendar.body().contains("Sprachkurse"));
        Path file = Path.of("target", "personal-agenda.ics");
        Files.write(file, calendar.bytes());
        MailChecks.assertValidCalendar(file);

        AgendaFixtures.place(slug, first, plenary, "2027-06-01T14:00:00+02:00");
        Answer republished = podium.post("/api/conferences/" + slug + "/agenda/publish",
                "{\"changelog\":\"Wegen Zugausfall später\"}").asOrganizer().send();
        assertEquals(201, republished.status(), republished::toString);

        MimeMessage toAttendee = mail.awaitTo(attendee, 2, Duration.ofSeconds(30)).get(1);
        assertTrue(toAttendee.getSubject().startsWith("Programme change"), toAttendee.getSubject());
        String changeText = MailChecks.text(toAttendee);
        assertTrue(changeText.contains("Moved: \"Wohnen im Dorf\" to Plenarsaal, starting 1 June 2027, 14:00"),
                "the changelog in the attendee's language, times as people write them:\n" + changeText);
        assertFalse(changeText.contains("2027-06-01T14:00"), changeText);
        assertTrue(toAttendee.getMessageID().endsWith("@localhost>"), "Message-ID with the base URL's host: "
                + toAttendee.getMessageID());
        Map<String, byte[]> files = MailChecks.attachments(toAttendee);
        String updated = new String(files.get("agenda.ics"));
        assertTrue(updated.contains("SEQUENCE:1") && updated.contains("DTSTART;TZID=Europe/Berlin:20270601T140000")
                && updated.contains("BEGIN:VTIMEZONE"), "moved once since the first version: " + updated);
        assertTrue(updated.contains("METHOD:PUBLISH"), updated);
        assertTrue(calendarPartType(toAttendee).contains("method=PUBLISH"), "METHOD and the MIME method agree (RFC 6047)");

        MimeMessage toSpeaker = mail.awaitTo(speakerA, 1, Duration.ofSeconds(30)).get(0);
        assertTrue(toSpeaker.getSubject().startsWith("Programmänderung"), toSpeaker.getSubject());
        assertTrue(MailChecks.text(toSpeaker).contains("Wegen Zugausfall später"));
        assertTrue(MailChecks.text(toSpeaker).contains("Beginn 01.06.2027, 14:00 Uhr"), MailChecks.text(toSpeaker));
        Thread.sleep(2000);
        assertEquals(List.of(), mail.to(speakerB), "a speaker whose talk did not move hears nothing");
    }

    @Test
    void attendeeMarksATalkOnTheManagePage() throws Exception {
        String attendee = "seite" + System.nanoTime() + "@example.org";
        assertEquals(201, podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/registrations",
                RegistrationFixtures.personInLanguage(attendee, "de")).send().status());
        String token = manageToken(mail.awaitTo(attendee, 1, Duration.ofSeconds(30)).get(0));
        Browser browser = new Browser(podium);
        Browser.Page page = browser.get("/registrations/self/" + token);
        assertEquals(200, page.status());
        assertTrue(page.html().contains("Mein Programm"), page.html());
        Matcher button = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"Vormerken\"[^>]*aria-label=\"Vormerken: Masterplan")
                .matcher(page.html());
        assertTrue(button.find(), "a button to mark the Masterplan talk");
        Browser.Page after = browser.submit(page, "agenda", Map.of(), button.group(1));
        assertEquals(200, after.status(), after.html());
        List<String> marked = podium.get("/api/registrations/self/" + token + "/agenda").send().jsonArray()
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("title")).toList();
        assertEquals(List.of("Masterplan Integration des Werra-Meißner-Kreises"), marked);
    }

    private static String manageToken(MimeMessage message) throws Exception {
        Matcher link = Pattern.compile("/registrations/self/([A-Za-z0-9_-]+)").matcher(MailChecks.text(message));
        assertTrue(link.find());
        return link.group(1);
    }

    static String calendarPartType(MimeMessage message) throws Exception {
        jakarta.mail.Multipart mixed = (jakarta.mail.Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            if ("agenda.ics".equals(mixed.getBodyPart(i).getFileName())) {
                return mixed.getBodyPart(i).getContentType();
            }
        }
        throw new AssertionError("no agenda.ics attached");
    }
}
