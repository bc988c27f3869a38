package de.podium.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
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
        assertTrue(list.indexOf("Maizière") < list.indexOf("Berger") && list.indexOf("Berger") < list.indexOf("Sager"),
                "the minister's personal assistant, his companion, stands under him (issue #20): " + list);
        String cards = PdfChecks.text(podium.get(base + "/namecards.pdf").asOrganizer().send().bytes());
        assertTrue(cards.contains("Sager") && cards.indexOf("Sager") < cards.indexOf("Reuß"), cards);
        assertTrue(!cards.contains("Berger"), "a companion gets no table name card: " + cards);
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

    @Test
    void theOrganizerTypesARankInTheRegistrationListAndAWrongOneIsShownAtItsField() throws Exception {
        String slug = RegistrationFixtures.conference(false, 20, RegistrationFixtures.category("LANDRAT", 10, false, false));
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("LANDRAT", RegistrationFixtures.email(),
                "Anton", "Albers", null), "CONFIRMED");
        long berg = RegistrationFixtures.registered(slug, RegistrationFixtures.person("LANDRAT",
                RegistrationFixtures.email(), "Bernd", "Berg", null), "CONFIRMED");
        Browser organizer = Browser.signedIn(PodiumServer.ORGANIZER);
        String path = "/organizer/conferences/" + slug + "/registrations";

        Browser.Page list = organizer.open(path);
        assertEquals(200, list.status());
        Browser.Page wrong = organizer.submit(list, "registrations", Map.of(rankField(list, "Bernd Berg"), "0"), "saveRanks");
        assertEquals(200, wrong.status());
        assertTrue(wrong.html().contains("ganze Zahl von 1 bis 9999"), "message at the field: " + wrong.html());
        assertFalse(rowOf(slug, berg).containsKey("rank"), "nothing stored (JSON leaves out a null rank)");

        Browser.Page saved = organizer.submit(list, "registrations", Map.of(rankField(list, "Bernd Berg"), "1"), "saveRanks");
        assertEquals(200, saved.status());
        assertEquals(1, rowOf(slug, berg).getInt("rank"));
        String pdf = PdfChecks.text(podium.get("/api/conferences/" + slug + "/participants.pdf").asOrganizer().send().bytes());
        assertTrue(pdf.indexOf("Berg") < pdf.indexOf("Albers"), pdf);
    }

    private static String rankField(Browser.Page page, String person) {
        Matcher input = Pattern.compile("<input id=\"([^\"]*:rank)\"[^>]*aria-label=\"Rang [^\"]*"
                + Pattern.quote(person) + "\"").matcher(page.html());
        assertTrue(input.find(), "rank field of " + person + " in " + page.html());
        return input.group(1);
    }

    private static JsonObject rowOf(String slug, long id) {
        return podium.get("/api/conferences/" + slug + "/registrations").asOrganizer().send().jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
    }
}
