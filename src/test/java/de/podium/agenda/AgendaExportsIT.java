package de.podium.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import de.podium.testsupport.AgendaFixtures;
import de.podium.testsupport.MailChecks;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

/** The published programme as iCalendar and frab files, and the public talk page. */
class AgendaExportsIT {

    static final Path VALIDATORS = Path.of(System.getProperty("podium.validators", "../shared/validators"));
    static final String MASTERPLAN = "Masterplan Integration des Werra-Meißner-Kreises";

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static long demoTalkId(String title) {
        return podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send().json().getJsonArray("talks")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("title").equals(title))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The shared check-frab script where the validators exist (CI); the XSD in process always. */
    static void checkFrab(Path file) throws Exception {
        Path script = VALIDATORS.resolve("check-frab");
        if (!Files.exists(script)) {
            return;
        }
        Process check = new ProcessBuilder("bash", script.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertTrue(check.waitFor(300, TimeUnit.SECONDS), "check-frab did not finish");
        assertEquals(0, check.exitValue(), output);
    }

    @Test
    void conferenceCalendarIsValidWithTimeZone() throws Exception {
        Answer ics = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/agenda.ics").send();
        assertEquals(200, ics.status(), ics::toString);
        assertTrue(ics.header("Content-Type").startsWith("text/calendar"), ics.header("Content-Type"));
        String text = ics.body();
        assertTrue(text.contains("BEGIN:VTIMEZONE") && text.contains("TZID:Europe/Berlin"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Berlin:20161216T110000"), "Masterplan at 11:00 Berlin time");
        assertTrue(text.contains("SUMMARY:" + MASTERPLAN), text);
        assertTrue(text.contains("UID:talk-" + demoTalkId(MASTERPLAN) + "@localhost") && text.contains("DTSTAMP:"), text);
        Path file = Path.of("target", "conference-agenda.ics");
        Files.write(file, ics.bytes());
        MailChecks.assertValidCalendar(file);
    }

    @Test
    void frabXmlIsValidAgainstTheSchema() throws Exception {
        Answer xml = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/schedule.xml").send();
        assertEquals(200, xml.status(), xml::toString);
        assertTrue(xml.header("Content-Type").startsWith("application/xml"));
        String body = xml.body();
        assertTrue(body.contains("<title>" + MASTERPLAN + "</title>") && body.contains("<start>11:00</start>")
                && body.contains("<person id=") && body.contains("Stefan Reuß"), body);
        Path xsd = VALIDATORS.resolve("frab/schedule.xml.xsd");
        if (Files.exists(xsd)) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                    .validate(new StreamSource(new StringReader(body)));
        }
        Path file = Path.of("target", "schedule.xml");
        Files.write(file, xml.bytes());
        checkFrab(file);
    }

    @Test
    void frabJsonIsValidAgainstTheSchema() throws Exception {
        Answer json = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/schedule.json").send();
        assertEquals(200, json.status(), json::toString);
        JsonObject conference = json.json().getJsonObject("schedule").getJsonObject("conference");
        assertEquals("dlt_integration_2016", conference.getString("acronym"));
        JsonObject plenary = conference.getJsonArray("days").getJsonObject(0);
        assertEquals("2016-12-16", plenary.getString("date"));
        assertTrue(plenary.getJsonObject("rooms").getJsonArray("Plenarsaal").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("title").equals(MASTERPLAN) && e.getString("date").equals("2016-12-16T11:00:00+01:00")));
        Path file = Path.of("target", "schedule.json");
        Files.write(file, json.bytes());
        checkFrab(file);
    }

    /** ConfClerk's "Where:" reads venue and city, which the frab schema refuses: they come only with ?venue=true. */
    @Test
    void confClerkGetsVenueAndCityOnRequestWhileTheDefaultStaysValid() throws Exception {
        XPath path = XPathFactory.newInstance().newXPath();
        Answer plain = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/schedule.xml").send();
        org.w3c.dom.Document valid = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(plain.bytes()));
        assertEquals("0", path.evaluate("count(/schedule/conference/venue)", valid), "the default validates against frab's schema");
        Answer withVenue = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/schedule.xml?venue=true").send();
        assertEquals(200, withVenue.status(), withVenue::toString);
        org.w3c.dom.Document confClerk = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(withVenue.bytes()));
        assertEquals("Deutscher Landkreistag, Ulrich-von-Hassell-Haus, Lennéstraße 11",
                path.evaluate("/schedule/conference/venue", confClerk));
        assertEquals("Berlin", path.evaluate("/schedule/conference/city", confClerk));
        assertEquals(path.evaluate("count(//event)", valid), path.evaluate("count(//event)", confClerk), "the same programme");
        assertTrue(podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send().body()
                .contains("/schedule.xml?venue=true"), "the agenda page offers the ConfClerk variant");
    }

    /** What ConfClerk and Giggity read: conference dates, distinct track colours, day → room → event with its details. */
    @Test
    void frabXmlCarriesWhatScheduleAppsRead() throws Exception {
        Answer answer = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/schedule.xml").send();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(answer.bytes()));
        XPath path = XPathFactory.newInstance().newXPath();
        assertEquals("2016-12-16", path.evaluate("/schedule/conference/start", xml), "ConfClerk parses a date, not a date-time");
        assertEquals("2016-12-16", path.evaluate("/schedule/conference/end", xml));
        assertEquals("Europe/Berlin", path.evaluate("/schedule/conference/time_zone_name", xml));
        NodeList tracks = (NodeList) path.evaluate("/schedule/conference/track/@color", xml, XPathConstants.NODESET);
        Set<String> colours = new HashSet<>();
        for (int i = 0; i < tracks.getLength(); i++) {
            colours.add(tracks.item(i).getNodeValue());
        }
        assertEquals(6, tracks.getLength(), "six demo tracks");
        assertEquals(6, colours.size(), "each track its own colour: " + colours);
        NodeList events = (NodeList) path.evaluate("/schedule/day/room/event", xml, XPathConstants.NODESET);
        assertTrue(events.getLength() >= 11, "the demo's talks: " + events.getLength());
        for (int i = 0; i < events.getLength(); i++) {
            org.w3c.dom.Node event = events.item(i);
            for (String field : List.of("date", "start", "duration", "slug", "title", "language")) {
                assertFalse(path.evaluate(field, event).isBlank(), field + " of event " + path.evaluate("@id", event));
            }
            for (String field : List.of("track", "abstract", "persons")) {
                assertEquals("1", path.evaluate("count(" + field + ")", event), field + " of event " + path.evaluate("@id", event));
            }
            assertTrue(path.evaluate("date", event).startsWith("2016-12-16T"), "date-time with offset");
            assertEquals(path.evaluate("../@name", event), path.evaluate("room", event));
            assertTrue(path.evaluate("links/link/@href", event).contains("/talks/" + path.evaluate("@id", event)));
        }
        org.w3c.dom.Node masterplan = (org.w3c.dom.Node) path.evaluate("/schedule/day/room/event[title='" + MASTERPLAN + "']",
                xml, XPathConstants.NODE);
        assertEquals("Stefan Reuß", path.evaluate("persons/person", masterplan));
        assertEquals("Gesellschaftliches Zusammenleben", path.evaluate("track", masterplan));
    }

    @Test
    void calendarIsNamedAndFoldedAt75Octets() {
        Answer ics = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/agenda.ics").send();
        String text = ics.body();
        String title = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG).send().json().getString("title");
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nX-WR-CALNAME:" + title + "\r\n") && unfolded.contains("\r\nNAME:" + title + "\r\n"), text);
        assertTrue(text.contains("X-WR-TIMEZONE:Europe/Berlin") && text.contains("METHOD:PUBLISH"), text);
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
        }
        assertTrue(unfolded.contains("UID:talk-" + demoTalkId(MASTERPLAN) + "@localhost"), "UID under the public host");
        assertTrue(unfolded.contains("/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + demoTalkId(MASTERPLAN) + "\r\n"),
                "URL of the talk page");
    }

    @Test
    void pollingAppsGetNotModifiedWhenNothingChanged() {
        for (String file : List.of("agenda.ics", "schedule.xml", "schedule.json")) {
            String url = "/conferences/" + PodiumServer.DEMO_SLUG + "/" + file;
            Answer first = podium.get(url).send();
            sleepPastTheSecond();
            String etag = first.header("ETag");
            assertEquals(etag, podium.get(url).send().header("ETag"), file + ": the same version keeps its ETag");
            String lastModified = first.header("Last-Modified");
            assertTrue(etag != null && etag.startsWith("\"") && lastModified != null, file + ": " + first.response().headers());
            Answer byTag = podium.get(url).header("If-None-Match", etag).send();
            assertEquals(304, byTag.status(), file);
            assertEquals(0, byTag.bytes().length, file + ": no body");
            assertEquals(304, podium.get(url).header("If-Modified-Since", lastModified).send().status(), file);
            assertEquals(200, podium.get(url).header("If-None-Match", "\"other\"").send().status(), file);
            assertEquals(200, podium.get(url).header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").send().status(), file);
        }
    }

    static void sleepPastTheSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void exportsOfAnUnpublishedProgrammeAreNotFound() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        assertEquals(404, podium.get("/conferences/" + slug + "/agenda.ics").send().status());
        assertEquals(404, podium.get("/conferences/" + slug + "/schedule.xml").send().status());
        assertEquals(404, podium.get("/conferences/" + slug + "/schedule.json").send().status());
    }

    @Test
    void talkPageShowsTimeRoomTrackAndSpeakersWithOffice() {
        long id = demoTalkId(MASTERPLAN);
        Answer page = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + id).header("Accept-Language", "de").send();
        assertEquals(200, page.status(), page::toString);
        String html = page.body();
        assertTrue(html.contains("<h1>" + MASTERPLAN + "</h1>"), html);
        assertTrue(html.contains("16.12.2016, 11:00 Uhr") && html.contains("11:30 Uhr"), html);
        assertTrue(html.contains("Plenarsaal") && html.contains("Gesellschaftliches Zusammenleben"), html);
        assertTrue(html.matches("(?s).*<strong>(<a href=\"[^\"]*/speakers/\\d+\">)?Stefan Reuß(</a>)?</strong>, Landrat des Werra-Meißner-Kreises.*"),
                html);
        assertTrue(html.contains("Spracherwerb, Schulbildung"), "abstract");
        assertFalse(html.contains("Set-Cookie"), "public page");
        assertTrue(page.header("Set-Cookie") == null, "no session for a public page");

        String agenda = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/agenda").send().body();
        assertTrue(agenda.contains("/conferences/" + PodiumServer.DEMO_SLUG + "/talks/" + id + "\""), "linked from the agenda");
    }

    @Test
    void unpublishedOrUnknownTalksHaveNoPage() {
        String slug = AgendaFixtures.conference("2027-06-01T09:00:00+02:00", "2027-06-01T18:00:00+02:00");
        long room = AgendaFixtures.room(slug, "Saal", 100);
        long talk = AgendaFixtures.talk(slug, "Noch geheim", 30, null, "geheim" + System.nanoTime() + "@example.org");
        AgendaFixtures.place(slug, talk, room, "2027-06-01T10:00:00+02:00");
        assertEquals(404, podium.get("/conferences/" + slug + "/talks/" + talk).send().status());
        assertEquals(404, podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/talks/999999999").send().status());
    }
}
