package de.podium.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PdfChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/** Protocol order is category, then the organizer's individual rank, then name (issue #20 item 2). */
class ProtocolOrderIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void theDemoListsDltPresidentSagerBeforeLandratReuss() throws Exception {
        String base = "/api/conferences/" + PodiumServer.DEMO_SLUG;
        String list = PdfChecks.text(podium.get(base + "/participants.pdf").asOrganizer().send().bytes());
        assertTrue(list.indexOf("Maizière") < list.indexOf("Sager") && list.indexOf("Sager") < list.indexOf("Reuß"),
                "federal minister, then the DLT president, then Landrat Reuß: " + list);
        String cards = PdfChecks.text(podium.get(base + "/namecards.pdf").asOrganizer().send().bytes());
        assertTrue(cards.contains("Sager") && cards.indexOf("Sager") < cards.indexOf("Reuß"), cards);
        String byName = PdfChecks.text(podium.get(base + "/participants.pdf?sort=name").asOrganizer().send().bytes());
        assertTrue(byName.indexOf("Reuß") < byName.indexOf("Sager"), "alphabetical order ignores the rank: " + byName);
    }

    @Test
    void aRankSetByTheOrganizerMovesAPersonAheadWithinTheCategoryAndCanBeCleared() throws Exception {
        String slug = RegistrationFixtures.conference(false, 20, RegistrationFixtures.category("LANDRAT", 10, false, false));
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("LANDRAT", RegistrationFixtures.email(),
                "Anton", "Albers", null), "CONFIRMED");
        long berg = RegistrationFixtures.registered(slug, RegistrationFixtures.person("LANDRAT",
                RegistrationFixtures.email(), "Bernd", "Berg", null), "CONFIRMED");
        String url = "/api/conferences/" + slug + "/participants.pdf";
        String precedence = "/api/conferences/" + slug + "/registrations/" + berg + "/precedence";

        String before = PdfChecks.text(podium.get(url).asOrganizer().send().bytes());
        assertTrue(before.indexOf("Albers") < before.indexOf("Berg"), before);

        Answer ranked = podium.put(precedence, "{\"rank\":1}").asOrganizer().send();
        assertEquals(200, ranked.status(), ranked::toString);
        assertEquals(1, ranked.json().getInt("rank"));
        String after = PdfChecks.text(podium.get(url).asOrganizer().send().bytes());
        assertTrue(after.indexOf("Berg") < after.indexOf("Albers"), "ranked first: " + after);

        Answer refused = podium.put(precedence, "{\"rank\":0}").asOrganizer().send();
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("\"rank\""), refused::toString);
        assertEquals(403, podium.put(precedence, "{\"rank\":2}").asSpeaker().send().status());

        assertEquals(200, podium.put(precedence, "{\"rank\":null}").asOrganizer().send().status());
        String cleared = PdfChecks.text(podium.get(url).asOrganizer().send().bytes());
        assertTrue(cleared.indexOf("Albers") < cleared.indexOf("Berg"), "back to name order: " + cleared);
    }
}
