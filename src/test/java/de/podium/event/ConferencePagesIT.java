package de.podium.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

class ConferencePagesIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void startPageListsTheDemoConferenceInGerman() {
        Answer page = podium.get("/").send();
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<html") && page.body().contains("lang=\"de\""), "German page");
        assertTrue(page.body().contains("Integration von Flüchtlingen im ländlichen Raum"));
        assertTrue(page.body().contains("16.12.2016"));
        assertTrue(page.body().contains("Zum Inhalt springen"));
    }

    @Test
    void conferencePageShowsGermanDatesVenueTracksAndPress() {
        Answer page = podium.get("/conferences/" + PodiumServer.DEMO_SLUG).send();
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains("lang=\"de\""));
        assertTrue(html.contains("16.12.2016, 10:00 Uhr"), "German date and time");
        assertTrue(html.contains("Berlin"));
        assertTrue(html.contains("Deutscher Landkreistag"));
        assertTrue(html.contains("Gesellschaftliches Zusammenleben"));
        assertTrue(html.contains("Veranstaltung beendet"), "the 2016 demo has ended");
        assertFalse(html.contains("Jetzt anmelden") || html.contains("/register\""), "no registration link for an event that has ended");
        assertTrue(html.contains("Landrat Stefan Reuß stellt Masterplan Integration"), "press release listed");
        assertTrue(html.contains("Beispieldaten"), "demo data is marked as such");
    }

    @Test
    void englishBySwitchAndByAcceptLanguage() {
        String bySwitch = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "?lang=en").send().body();
        assertTrue(bySwitch.contains("lang=\"en\""));
        assertTrue(bySwitch.contains("This event has ended") && !bySwitch.contains("Register now"));
        assertTrue(bySwitch.contains("Living together"));

        String byHeader = podium.get("/conferences/" + PodiumServer.DEMO_SLUG).language("en-GB,en;q=0.8").send().body();
        assertTrue(byHeader.contains("This event has ended"));
        assertTrue(byHeader.contains("16 December 2016"));
    }

    @Test
    void aConferenceStillAheadOffersRegistrationInsteadOfTheEndedNotice() {
        String slug = de.podium.testsupport.RegistrationFixtures.conference(false, null,
                de.podium.testsupport.RegistrationFixtures.category("GAST", null, false, false));
        String html = podium.get("/conferences/" + slug).send().body();
        assertTrue(html.contains("Jetzt anmelden") && html.contains("/conferences/" + slug + "/register"), html);
        assertFalse(html.contains("Veranstaltung beendet"), html);
    }

    @Test
    void privacyNoticeNamesItsVersion() {
        String page = podium.get("/privacy").send().body();
        assertTrue(page.contains("Datenschutzhinweise") && page.contains("Fassung 2026-01"), page);
    }

    @Test
    void unknownConferencePageIs404() {
        assertEquals(404, podium.get("/conferences/gibt-es-nicht").send().status());
    }
}
