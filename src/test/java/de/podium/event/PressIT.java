package de.podium.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

class PressIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    static PodiumServer podium;

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    @Test
    void pressPageShowsTheSeedReleaseWithGermanDateAndSource() {
        Answer page = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/press").send();
        assertEquals(200, page.status());
        assertTrue(page.body().contains("16.12.2016, 12:02 Uhr"), "German date and time in Berlin time");
        assertTrue(page.body().contains("Masterplan Integration des Werra-Meißner-Kreises"));
        assertTrue(page.body().contains("Quelle: Werra-Meißner-Kreis / Presse und Öffentlichkeitsarbeit"));
        assertTrue(page.body().contains("id=\"press-"));
    }

    @Test
    void atomFeedIsWellFormedAndCarriesTheRelease() throws Exception {
        Answer feed = podium.get("/conferences/" + PodiumServer.DEMO_SLUG + "/press.atom").send();
        assertEquals(200, feed.status());
        assertTrue(feed.header("Content-Type").startsWith("application/atom+xml"), feed.header("Content-Type"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.bytes()));
        Element root = xml.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        Element seed = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent().contains("Masterplan Integration")) {
                seed = entry;
            }
        }
        assertTrue(seed != null, feed::body);
        assertEquals("2016-12-16T11:02:00Z", seed.getElementsByTagNameNS(ATOM, "published").item(0).getTextContent());
        Element content = (Element) seed.getElementsByTagNameNS(ATOM, "content").item(0);
        assertEquals("xhtml", content.getAttribute("type"), "feed readers keep the paragraphs");
        NodeList paragraphs = content.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "p");
        assertTrue(paragraphs.getLength() >= 5, "one paragraph per block of the release: " + paragraphs.getLength());
        assertTrue(paragraphs.item(0).getTextContent().startsWith("Der Deutsche Landkreistag hat in Berlin"),
                paragraphs.item(0).getTextContent());
        assertTrue(paragraphs.item(1).getTextContent().startsWith("DLT-Präsident Landrat Reinhard Sager"),
                paragraphs.item(1).getTextContent());
    }

    @Test
    void feedReadersGetNotModifiedWhenNothingChanged() {
        String url = "/conferences/" + PodiumServer.DEMO_SLUG + "/press.atom";
        Answer first = podium.get(url).send();
        assertTrue(first.header("ETag") != null && first.header("Last-Modified") != null, first::toString);
        Answer again = podium.get(url).header("If-None-Match", first.header("ETag")).send();
        assertEquals(304, again.status());
        assertEquals(0, again.bytes().length);
        assertEquals(304, podium.get(url).header("If-Modified-Since", first.header("Last-Modified")).send().status());
    }

    @Test
    void pressApiListsPublishedReleasesWithBerlinOffset() {
        Answer list = podium.get("/api/conferences/" + PodiumServer.DEMO_SLUG + "/press").send();
        assertEquals(200, list.status());
        assertTrue(list.jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(p -> p.getString("publishedAt").equals("2016-12-16T12:02:00+01:00")), list::toString);
    }

    @Test
    void writingPressReleasesNeedsTheOrganizer() {
        String release = "{\"title\":\"Test\",\"body\":\"Text\",\"publish\":true}";
        assertEquals(401, podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/press", release).send().status());
        assertEquals(403, podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/press", release).asSpeaker()
                .send().status());
        Answer invalid = podium.post("/api/conferences/" + PodiumServer.DEMO_SLUG + "/press", "{\"title\":\"\"}")
                .asOrganizer().send();
        assertEquals(422, invalid.status(), invalid::toString);
    }

    @Test
    void unknownConferenceHasNoFeed() {
        assertEquals(404, podium.get("/conferences/gibt-es-nicht/press.atom").send().status());
    }
}
