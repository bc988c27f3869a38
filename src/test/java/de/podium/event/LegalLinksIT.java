package de.podium.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;
import de.podium.testsupport.TestMail;

/** Every page's footer and every mail link the organizer's imprint and privacy notice (issue #20 item 7). */
class LegalLinksIT {

    static final String DEFAULT_IMPRINT = "https://www.landkreistag.de/impressum";
    static final String IMPRINT = "https://www.kreis-kassel.example/impressum";
    static final String PRIVACY = "https://www.kreis-kassel.example/datenschutz";

    static PodiumServer podium;
    static String slug;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
        slug = "impressum-" + System.nanoTime() % 1_000_000_000L;
        Answer created = podium.post("/api/conferences", conference(slug, IMPRINT, PRIVACY)).asOrganizer().send();
        assertEquals(201, created.status(), created::toString);
    }

    static String conference(String slug, String imprint, String privacy) {
        return """
                {"slug":"%s","title":"Kreistag mit Impressum","city":"Kassel","timeZone":"Europe/Berlin",
                 "startsAt":"2027-05-10T09:00:00+02:00","endsAt":"2027-05-10T17:00:00+02:00","capacity":10,
                 "doubleOptIn":false,"imprintUrl":"%s","privacyUrl":"%s",
                 "categories":[{"code":"GUEST","name":"Gast","capacity":10}],"tracks":[]}""".formatted(slug, imprint, privacy);
    }

    @Test
    void pagesWithoutOwnSettingsLinkTheOperatorsImprintAndPodiumsPrivacyNotice() {
        for (String path : new String[]{"/", "/login", "/conferences/" + PodiumServer.DEMO_SLUG,
                "/conferences/" + PodiumServer.DEMO_SLUG + "/register"}) {
            String html = podium.get(path).send().body();
            assertTrue(html.contains("href=\"" + DEFAULT_IMPRINT + "\""), path + ": " + footer(html));
            assertTrue(html.contains("href=\"/privacy\""), path + ": " + footer(html));
            assertTrue(footer(html).contains(">Impressum<") && footer(html).contains(">Datenschutz<"), footer(html));
        }
        String english = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "?lang=en").send().body();
        assertTrue(footer(english).contains(">Imprint<") && footer(english).contains(">Privacy<"), footer(english));
    }

    @Test
    void aConferencesPagesLinkItsOrganizersImprintAndPrivacyNotice() {
        for (String path : new String[]{"/conferences/" + slug, "/conferences/" + slug + "/register"}) {
            String html = podium.get(path).send().body();
            assertTrue(html.contains("href=\"" + IMPRINT + "\""), path + ": " + footer(html));
            assertTrue(html.contains("href=\"" + PRIVACY + "\""), path + ": " + footer(html));
            assertFalse(footer(html).contains(DEFAULT_IMPRINT), footer(html));
        }
        assertEquals(IMPRINT, podium.get("/api/conferences/" + slug).send().json().getString("imprintUrl"));
    }

    @Test
    void mailsOfTheConferenceCarryItsImprintLink() throws Exception {
        String email = RegistrationFixtures.email();
        RegistrationFixtures.registered(slug, RegistrationFixtures.person("GUEST", email), "CONFIRMED");
        String text = MailChecks.text(TestMail.get().awaitTo(email, 1, Duration.ofSeconds(30)).get(0));
        assertTrue(text.contains("Impressum: " + IMPRINT), text);
        assertTrue(text.contains("Datenschutz: " + PRIVACY), text);
    }

    @Test
    void aScriptAddressIsRefusedNamingTheFieldAndTheStoredLinkStays() {
        Answer refused = podium.call("PUT", "/api/conferences/" + slug)
                .json(conference(slug, "javascript:alert(1)", PRIVACY)).asOrganizer().send();
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.body().contains("imprintUrl"), refused::toString);
        assertEquals(IMPRINT, podium.get("/api/conferences/" + slug).send().json().getString("imprintUrl"));
    }

    private static String footer(String html) {
        int start = html.indexOf("<footer");
        return start < 0 ? "(no footer)" : html.substring(start);
    }
}
