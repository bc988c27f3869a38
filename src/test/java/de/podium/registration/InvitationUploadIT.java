package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.TestMail;

/** Organizers invite many officials at once by uploading a CSV file on the registrations page. */
class InvitationUploadIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void uploadedListCreatesAndMailsEveryInvitation() {
        String first = "landraetin" + System.nanoTime() + "@example.org";
        String second = "minister" + System.nanoTime() + "@example.org";
        String csv = "\uFEFFemail;category;title;firstName;lastName;office\n"
                + first + ";LANDRAT;;Anja;Weißgerber;Landrätin des Kreises Höxter\n"
                + second + ";MINISTER_LAND;Dr.;Jörg;Müller;Minister für Soziales\n";
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page page = browser.get("/organizer/conferences/" + PodiumServer.DEMO_SLUG + "/registrations");
        assertEquals(200, page.status(), page.html());
        Page answer = browser.submitMultipart(page, "invitationImport", "inviteFile", "einladungen.csv",
                csv.getBytes(StandardCharsets.UTF_8), "importInvitations");
        assertEquals(200, answer.status(), answer.html());
        assertTrue(answer.html().contains("2 Einladungen wurden angelegt"), answer.html());
        assertEquals(1, TestMail.get().awaitTo(first, 1, Duration.ofSeconds(30)).size(), "invitation mailed");
        assertEquals(1, TestMail.get().awaitTo(second, 1, Duration.ofSeconds(30)).size(), "invitation mailed");
    }

    @Test
    void oneBadRowStopsTheWholeImport() {
        String good = "gut" + System.nanoTime() + "@example.org";
        String csv = "email,category,title,firstName,lastName,office\n"
                + good + ",LANDRAT,,Anja,Weiß,Landrätin\n"
                + "keine-adresse,LANDRAT,,Bernd,Schwarz,Landrat\n";
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page page = browser.get("/organizer/conferences/" + PodiumServer.DEMO_SLUG + "/registrations");
        Page answer = browser.submitMultipart(page, "invitationImport", "inviteFile", "liste.csv",
                csv.getBytes(StandardCharsets.UTF_8), "importInvitations");
        assertEquals(200, answer.status());
        assertTrue(answer.html().contains("rows[2]"), "the faulty row is named: " + answer.html());
        String invitations = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/invitations").asOrganizer().send().body();
        assertTrue(!invitations.contains(good), "nothing stored from a file with a bad row");
    }
}
