package de.podium.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.AgendaFixtures;
import de.podium.testsupport.Browser;
import de.podium.testsupport.Browser.Page;
import de.podium.testsupport.PodiumServer;

/** The organizer's schedule editor page, used through its keyboard form as a browser without JavaScript would. */
class AgendaEditorIT {

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void automaticSchedulingFromThePageProposesThenApplies() throws Exception {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        AgendaFixtures.room(slug, "Plenarsaal", 100);
        long first = AgendaFixtures.talk(slug, "Wohnraum auf dem Land", 60, 40, "solver" + System.nanoTime() + "@example.org");
        long second = AgendaFixtures.talk(slug, "Leerstand nutzen", 45, 20, "solver" + System.nanoTime() + "@example.org");
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page editor = browser.get("/organizer/conferences/" + slug + "/agenda");

        Page running = browser.submit(editor, "solver", Map.of("solver:seconds", "2"), "solver:start");
        assertTrue(running.html().contains("Stand: <strong>"), running.html());
        Page done = running;
        for (int i = 0; i < 40 && !done.html().contains("id=\"solver:apply\""); i++) {
            Thread.sleep(250);
            done = browser.submit(done, "solver", Map.of(), null);
        }
        assertTrue(done.html().contains("Stand: <strong>fertig</strong>") || done.html().contains("Stand: <strong>gestoppt</strong>"),
                done.html());
        assertTrue(done.html().contains("Wohnraum auf dem Land") && done.html().contains("Leerstand nutzen"), "the proposal");
        assertTrue(java.util.regex.Pattern.compile("(keine Konflikte|1 Konflikt|\\d+ Konflikte), (keine Hinweise|1 Hinweis|\\d+ Hinweise)")
                .matcher(done.html()).find(), "the score in words (issue #23): " + done.html());
        assertTrue(java.util.regex.Pattern.compile("<td>01\\.06\\.2027, \\d{2}:\\d{2} Uhr</td>").matcher(done.html()).find(),
                "proposed times as the page writes them, not ISO: " + done.html());
        assertTrue(AgendaFixtures.unplaced(AgendaFixtures.talk(slug, first)), "a proposal changes nothing until applied");

        Page applied = browser.submit(done, "solver", Map.of(), "solver:apply");
        assertTrue(applied.html().contains("2 Beiträge wurden nach dem Vorschlag eingeplant."), applied.html());
        assertFalse(AgendaFixtures.unplaced(AgendaFixtures.talk(slug, first)) || AgendaFixtures.unplaced(AgendaFixtures.talk(slug, second)), "both placed");
        assertTrue(applied.html().contains("id=\"talk-" + first + "\""), "the grid shows them at once");
    }

    /** Issue #19: the proposal was lost on reload or a new sign-in; now it is kept until applied or discarded. */
    @Test
    void theSolversProposalIsKeptAcrossSignInsShownOnTheGridAndAppliedOnce() throws Exception {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        AgendaFixtures.room(slug, "Plenarsaal", 100);
        long first = AgendaFixtures.talk(slug, "Wohnraum auf dem Land", 60, 40, "kept" + System.nanoTime() + "@example.org");
        long second = AgendaFixtures.talk(slug, "Leerstand nutzen", 45, 20, "kept" + System.nanoTime() + "@example.org");
        String job = AutoScheduleIT.start(slug, "{\"seconds\":2}");
        AutoScheduleIT.awaitEnd(slug, job);

        Page later = Browser.signedIn(PodiumServer.ORGANIZER).get("/organizer/conferences/" + slug + "/agenda");
        assertTrue(later.html().contains("id=\"solver:apply\"") && later.html().contains("Leerstand nutzen"),
                "a new sign-in still finds the proposal: " + later.html());
        assertFalse(later.html().contains("agenda-talk--proposed"), "the grid shows the working schedule");

        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page preview = browser.get("/organizer/conferences/" + slug + "/agenda?proposal=true");
        assertTrue(preview.html().contains("Das Raster zeigt den Vorschlag der automatischen Planung"), preview.html());
        assertTrue(java.util.regex.Pattern.compile("id=\"talk-" + first + "\"[^>]*class=\"[^\"]*agenda-talk--proposed")
                .matcher(preview.html()).find(), "the proposed place is drawn on the grid: " + preview.html());
        assertTrue(AgendaFixtures.unplaced(AgendaFixtures.talk(slug, first)), "showing it changes nothing");

        Page applied = browser.submit(preview, "solver", Map.of(), "solver:apply");
        assertTrue(applied.html().contains("2 Beiträge wurden nach dem Vorschlag eingeplant."), applied.html());
        assertFalse(AgendaFixtures.unplaced(AgendaFixtures.talk(slug, second)), "placed");
        Page after = Browser.signedIn(PodiumServer.ORGANIZER).get("/organizer/conferences/" + slug + "/agenda");
        assertFalse(after.html().contains("id=\"solver:apply\""), "an applied proposal is gone for everyone");
        assertEquals(409, podium.post("/api/conferences/" + slug + "/agenda/auto-schedule/" + job + "/apply", "")
                .asOrganizer().send().status(), "and cannot be applied twice");

        String discarded = AutoScheduleIT.start(slug, "{\"seconds\":1,\"mode\":\"ALL\"}");
        AutoScheduleIT.awaitEnd(slug, discarded);
        assertEquals(200, podium.post("/api/conferences/" + slug + "/agenda/auto-schedule/" + discarded + "/discard", "")
                .asOrganizer().send().status());
        assertFalse(Browser.signedIn(PodiumServer.ORGANIZER).get("/organizer/conferences/" + slug + "/agenda").html()
                .contains("id=\"solver:apply\""), "a discarded proposal is gone");
    }

    /** Issue #23: parallel sessions appeared in room order C, B, A; the organizer now sets the order. */
    @Test
    void theOrganizerSetsTheRoomsOrderAndThePublicAgendaFollowsIt() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long c = AgendaFixtures.room(slug, "Forum C", 60);
        long b = AgendaFixtures.room(slug, "Forum B", 60);
        long a = AgendaFixtures.room(slug, "Forum A", 60);
        for (long room : new long[] {a, b, c}) {
            long talk = AgendaFixtures.talk(slug, "Forum in Raum " + room, 60, 20, "order" + System.nanoTime() + "@example.org");
            AgendaFixtures.place(slug, talk, room, "2027-06-01T10:00:00+02:00");
        }
        assertEquals(201, podium.post("/api/conferences/" + slug + "/agenda/publish", "{}").asOrganizer().send().status());
        String before = new Browser(podium).get("/conferences/" + slug + "/agenda").html();
        assertTrue(before.indexOf("Forum C") < before.indexOf("Forum B") && before.indexOf("Forum B") < before.indexOf("Forum A"),
                "in the order the rooms were added: " + before);

        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page editor = browser.get("/organizer/conferences/" + slug + "/agenda");
        assertTrue(editor.html().contains("aria-label=\"Nach vorn: Forum A\""), editor.html());
        Page once = browser.submit(editor, "roomOrder", Map.of(), "roomOrder:roomList:2:up");
        Page twice = browser.submit(once, "roomOrder", Map.of(), "roomOrder:roomList:1:up");
        String grid = twice.html().substring(twice.html().indexOf("class=\"agenda-grid\""));
        assertTrue(grid.indexOf("Forum A <small>") < grid.indexOf("Forum C <small>"), "the grid's columns follow: " + grid);
        assertEquals(422, podium.put("/api/conferences/" + slug + "/rooms/order", "{\"rooms\":[" + a + "," + b + "]}")
                .asOrganizer().send().status(), "every room once");
        assertEquals(200, podium.put("/api/conferences/" + slug + "/rooms/order", "{\"rooms\":[" + a + "," + b + "," + c + "]}")
                .asOrganizer().send().status());

        String english = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").language("en").send().body();
        assertTrue(english.contains("<td>Housing</td>") && !english.contains("<td>Wohnen</td>"), "track names in English: " + english);

        String after = new Browser(podium).get("/conferences/" + slug + "/agenda").html();
        assertTrue(after.indexOf("Forum A") < after.indexOf("Forum B") && after.indexOf("Forum B") < after.indexOf("Forum C"),
                "the published programme follows the new order at once: " + after);
    }

    @Test
    void organizerClosesARoomForAWhileAndATalkInThatTimeIsAConflict() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 100);
        long talk = AgendaFixtures.talk(slug, "Wohnraum auf dem Land", 60, 40, "closure" + System.nanoTime() + "@example.org");
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page editor = browser.get("/organizer/conferences/" + slug + "/agenda");
        assertTrue(editor.html().contains("Alle Räume sind während der ganzen Konferenz nutzbar."), editor.html());

        Page wrongOrder = browser.submit(editor, "closures", Map.of("closures:room", Long.toString(plenary),
                "closures:closedFrom", "2027-06-01T12:00", "closures:closedUntil", "2027-06-01T09:00"), "closures:add");
        assertTrue(wrongOrder.html().contains("<span id=\"closures:closedUntil-error\" class=\"field-error\">Das Ende liegt nicht nach dem Beginn."),
                wrongOrder.html());
        assertTrue(wrongOrder.html().contains("Alle Räume sind während der ganzen Konferenz nutzbar."), "nothing stored");

        Page closed = browser.submit(wrongOrder, "closures", Map.of("closures:room", Long.toString(plenary),
                "closures:closedFrom", "2027-06-01T09:00", "closures:closedUntil", "2027-06-01T12:00"), "closures:add");
        assertTrue(closed.html().contains("Die Sperrzeit wurde eingetragen."), closed.html());
        assertTrue(closed.html().contains("<td>Plenarsaal</td><td>01.06.2027, 09:00 Uhr</td><td>01.06.2027, 12:00 Uhr</td>"), closed.html());

        Page placed = browser.submit(closed, "place", Map.of("place:talkId", Long.toString(talk),
                "place:roomId", Long.toString(plenary), "place:start", "2027-06-01T10:00"), "place:submit");
        assertTrue(placed.html().contains("Raum „Plenarsaal“ ist zur Zeit von „Wohnraum auf dem Land“ nicht verfügbar."), placed.html());

        assertTrue(placed.html().contains("aria-label=\"Sperrzeit aufheben: Plenarsaal, 01.06.2027, 09:00 Uhr\""), "names what it removes");
        Page reopened = browser.submit(placed, "closures", Map.of(), "closures:closureList:0:reopen");
        assertTrue(reopened.html().contains("Die Sperrzeit wurde aufgehoben."), reopened.html());
        assertTrue(reopened.html().contains("Keine Konflikte im Arbeitsstand."), "the talk is no longer in a closed room");
        assertEquals(403, Browser.signedIn(PodiumServer.SPEAKER).get("/organizer/conferences/" + slug + "/agenda").status());
    }

    @Test
    void editorShowsTheGridAndPlacesATalkFromTheKeyboardFormWithItsWarnings() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long plenary = AgendaFixtures.room(slug, "Plenarsaal", 100);
        AgendaFixtures.room(slug, "Forum West", 30);
        String speaker = "editor" + System.nanoTime() + "@example.org";
        long first = AgendaFixtures.talk(slug, "Wohnraum auf dem Land", 60, 40, speaker);
        long second = AgendaFixtures.talk(slug, "Leerstand nutzen", 45, 20, speaker);

        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page editor = browser.get("/organizer/conferences/" + slug + "/agenda");
        assertEquals(200, editor.status(), editor.html());
        String html = editor.html();
        assertTrue(html.contains("<th scope=\"col\">Plenarsaal <small>(100)</small></th>")
                && html.contains("<th scope=\"col\">Forum West <small>(30)</small></th>"), "rooms as columns");
        assertTrue(html.contains(">09:00 Uhr</time>") && html.contains(">17:45 Uhr</time>"), "rows per quarter hour");
        assertTrue(html.contains("Noch nicht eingeplant") && html.contains("Wohnraum auf dem Land"), html);
        assertTrue(html.contains("Keine Konflikte im Arbeitsstand."));
        assertTrue(html.contains("<label for=\"place:talkId\"") && html.contains("<label for=\"place:start\""), "labelled fields");

        Page placed = browser.submit(editor, "place", Map.of("place:talkId", Long.toString(first),
                "place:roomId", Long.toString(plenary), "place:start", "2027-06-01T10:00"), "place:submit");
        assertEquals(200, placed.status(), placed.html());
        assertTrue(placed.html().contains("„Wohnraum auf dem Land“ ist eingeplant."), placed.html());
        assertTrue(placed.html().contains("id=\"talk-" + first + "\""), "in the grid");
        assertEquals("2027-06-01T10:00:00+02:00", AgendaFixtures.talk(slug, first).getString("start"));

        Page clash = browser.submit(placed, "place", Map.of("place:talkId", Long.toString(second),
                "place:roomId", Long.toString(plenary), "place:start", "2027-06-01T10:30"), "place:submit");
        String warned = clash.html();
        assertTrue(warned.contains("Raum „Plenarsaal“ ist doppelt belegt"), warned);
        assertTrue(warned.contains("ist gleichzeitig in"), "speaker overlap shown at once");
        assertTrue(warned.contains("Warnungen (2)"), "one panel with all conflicts");
        assertTrue(warned.contains("#talk-" + first + "\"") || warned.contains("#talk-" + second + "\""), "warnings link to the talk");

        Page refused = browser.submit(clash, "publish", Map.of("publish:changelog", "Erster Stand"), "publish:publishButton");
        assertTrue(refused.html().contains("Überschneidung(en) und kann nicht veröffentlicht werden"), refused.html());
        assertEquals(404, podium.get("/api/conferences/" + slug + "/agenda").send().status(), "not published with overlaps");

        Page moved = browser.submit(refused, "place", Map.of("place:talkId", Long.toString(second),
                "place:roomId", Long.toString(plenary), "place:start", "2027-06-01T11:15"), "place:submit");
        assertTrue(moved.html().contains("Keine Konflikte im Arbeitsstand."), moved.html());
        Page published = browser.submit(moved, "publish", Map.of("publish:changelog", "Erster Stand"), "publish:publishButton");
        assertTrue(published.html().contains("Fassung 1 ist veröffentlicht."), published.html());
        assertEquals(1, podium.get("/api/conferences/" + slug + "/agenda").send().json().getInt("version"));
    }

    @Test
    void keyboardFormNamesAMissingField() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        AgendaFixtures.room(slug, "Saal", 100);
        long talk = AgendaFixtures.talk(slug, "Ohne Raum", 30, null, "noroom" + System.nanoTime() + "@example.org");
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page editor = browser.get("/organizer/conferences/" + slug + "/agenda");
        Page answer = browser.submit(editor, "place", Map.of("place:talkId", Long.toString(talk), "place:roomId", "",
                "place:start", "2027-06-01T10:00"), "place:submit");
        assertTrue(answer.html().contains("id=\"place:roomId-error\""), answer.html());
        assertTrue(AgendaFixtures.unplaced(AgendaFixtures.talk(slug, talk)), "nothing placed");
    }

    @Test
    void organizerAddsARoomAndABreakOnTheEditorPage() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Page editor = browser.get("/organizer/conferences/" + slug + "/agenda");
        Page room = browser.submit(editor, "rooms", Map.of("rooms:name", "Foyer", "rooms:capacity", "80",
                "rooms:equipment", "Stehtische"), "rooms:addRoom");
        assertTrue(room.html().contains("<th scope=\"col\">Foyer <small>(80)</small></th>"), room.html());
        Page negative = browser.submit(room, "talks", Map.of("talks:title", "Kaffeepause", "talks:kind", "BREAK",
                "talks:durationMinutes", "-5"), "talks:addTalk");
        assertTrue(negative.html().contains("id=\"talks:durationMinutes-error\""), negative.html());
        assertEquals(0, podium.get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray().size(), "nothing added");
        Page added = browser.submit(negative, "talks", Map.of("talks:title", "Kaffeepause", "talks:kind", "BREAK",
                "talks:durationMinutes", "30"), "talks:addTalk");
        assertTrue(added.html().contains("„Kaffeepause“ ist angelegt"), added.html());
        JsonObject pause = podium.get("/api/conferences/" + slug + "/talks").asOrganizer().send().jsonArray().getJsonObject(0);
        assertEquals("BREAK", pause.getString("kind"));
        assertEquals(30, pause.getInt("durationMinutes"));
        assertEquals("Stehtische", podium.get("/api/conferences/" + slug + "/rooms").send().jsonArray().getJsonObject(0).getString("equipment"));
    }

    @Test
    void onlyTheConferencesOrganizersSeeTheEditor() {
        Browser speaker = Browser.signedIn(PodiumServer.SPEAKER);
        assertEquals(403, speaker.get("/organizer/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").status());
        Browser organizer = Browser.signedIn(PodiumServer.ORGANIZER);
        Page demo = organizer.get("/organizer/conferences/" + PodiumServer.DEMO_SLUG + "/agenda");
        assertEquals(200, demo.status());
        assertTrue(demo.html().contains("Masterplan Integration des Werra-Meißner-Kreises"));
        assertTrue(demo.html().contains(" lang=\"de\"><head") && demo.html().contains("<main id=\"main\""), "layout landmarks");
    }
}
