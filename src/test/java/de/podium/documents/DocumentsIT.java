package de.podium.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.itextpdf.kernel.geom.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.PdfChecks;
import de.podium.testsupport.People;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;

/** Badges and certificates of the demo conference, read back with PDF tools as a printer or attendee would. */
class DocumentsIT {

    static final String SLUG = PodiumServer.DEMO_SLUG;
    static final String BADGES = "/api/conferences/" + SLUG + "/badges.pdf";
    static PodiumServer podium;
    static People.Person lukasz;
    static People.Person ayse;
    static People.Person dmitri;
    static People.Person giorgos;
    static People.Person longOne;

    @BeforeAll
    static void boot() throws Exception {
        podium = PodiumServer.get();
        lukasz = People.register(podium, SLUG, "INTEGRATION_OFFICER", "Dr.", "Łukasz", "Żółć", "Integrationsbeauftragter", "Powiat Żywiecki");
        ayse = People.register(podium, SLUG, "INTEGRATION_OFFICER", null, "Ayşe", "Yılmaz", "Projektleiterin", "Stadt Gießen");
        dmitri = People.register(podium, SLUG, "ADMINISTRATION", null, "Дмитрий", "Иванов", "Referent", "Landkreis Görlitz");
        giorgos = People.register(podium, SLUG, "ADMINISTRATION", "Prof.", "Γιώργος", "Παπαδόπουλος", "Berater", "Δήμος Αθηναίων");
        longOne = People.register(podium, SLUG, "ADMINISTRATION", "Prof. Dr. Dr. h. c. mult.",
                "Karl-Theodor Maria Nikolaus Johann Jacob Philipp Franz Joseph Sylvester",
                "Freiherr von und zu Guttenberg-Wolkenstein-Rodenegg",
                "Stellvertretender Beauftragter der Bundesregierung für Migration, Flüchtlinge und Integration "
                        + "sowie Sonderbeauftragter für Donaudampfschifffahrtsgesellschaftskapitänsangelegenheiten",
                "Bundesministerium für Arbeit und Soziales, Referat Grundsatzfragen der Integrationspolitik");
    }

    @Test
    void a6BadgesShowEveryNameWithDiacriticsOnePerPage() throws Exception {
        Answer answer = podium.get(BADGES + "?layout=a6").asOrganizer().send();
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("application/pdf", answer.header("Content-Type"));
        byte[] pdf = answer.bytes();
        String text = PdfChecks.text(pdf);
        String joined = text.replaceAll("\\s+", "");
        for (String name : List.of("Łukasz Żółć", "Ayşe Yılmaz", "Дмитрий Иванов", "Γιώργος Παπαδόπουλος", "Reuß")) {
            assertTrue(joined.contains(name.replace(" ", "")), name + " missing in\n" + text);
        }
        assertTrue(text.contains("Integrationsbeauftragte/r"), "category name on the badge");
        int people = PdfChecks.pages(pdf);
        assertTrue(people >= 7, "one page per confirmed person, got " + people);
        PdfChecks.png(pdf, 0, Path.of("target", "documents-it", "badge-a6.png"));
    }

    @Test
    void longNamesAndOfficesStayInsideTheBadge() throws Exception {
        byte[] pdf = podium.get(BADGES + "?layout=a6&registration=" + longOne.id()).asOrganizer().send().bytes();
        assertEquals(1, PdfChecks.pages(pdf));
        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Donaudampfschifffahrtsgesellschaftskapitänsangelegenheiten"),
                "the longest word comes whole, not cut: " + text);
        assertTrue(text.contains("Guttenberg-Wolkenstein-Rodenegg"), text);
        Rectangle page = new Rectangle(0, 0, 297.64f, 419.53f);
        for (PdfChecks.Glyphs g : PdfChecks.positions(pdf, 1)) {
            assertTrue(g.box().getLeft() >= page.getLeft() + 5 && g.box().getRight() <= page.getRight() - 5
                            && g.box().getBottom() >= page.getBottom() && g.box().getTop() <= page.getTop(),
                    "'" + g.text() + "' leaves the badge: " + g.box());
        }
        PdfChecks.png(pdf, 0, Path.of("target", "documents-it", "badge-long.png"));

        byte[] cards = podium.get(BADGES + "?layout=cards&registration=" + longOne.id()).asOrganizer().send().bytes();
        String cardText = PdfChecks.text(cards).replaceAll("\\s+", " ");
        assertTrue(cardText.contains("Donaudampfschifffahrtsgesellschaftskapitänsangelegenheiten"), "not cut on the card: " + cardText);
        Rectangle card = new Rectangle((595.28f - 2 * 255.12f) / 2, 841.89f - (841.89f - 4 * 155.91f) / 2 - 155.91f, 255.12f, 155.91f);
        for (PdfChecks.Glyphs g : PdfChecks.positions(cards, 1)) {
            assertTrue(g.box().getLeft() >= card.getLeft() && g.box().getRight() <= card.getRight()
                            && g.box().getBottom() >= card.getBottom() && g.box().getTop() <= card.getTop(),
                    "'" + g.text() + "' leaves the 90 × 55 mm card " + card + ": " + g.box());
        }
        PdfChecks.png(cards, 0, Path.of("target", "documents-it", "badge-cards.png"));
    }

    @Test
    void qrCodeOnTheBadgeIsTheCheckinCode() throws Exception {
        byte[] pdf = podium.get(BADGES + "?layout=a6&registration=" + dmitri.id()).asOrganizer().send().bytes();
        assertEquals(1, PdfChecks.pages(pdf));
        assertEquals(dmitri.checkinCode(), PdfChecks.decodeQr(pdf, 0));
    }

    @Test
    void a4SheetsHoldFourBadgesAndFilterByCategory() throws Exception {
        byte[] all = podium.get(BADGES + "?layout=a6&category=ADMINISTRATION").asOrganizer().send().bytes();
        byte[] sheets = podium.get(BADGES + "?layout=a4&category=ADMINISTRATION").asOrganizer().send().bytes();
        int badges = PdfChecks.pages(all);
        assertTrue(badges >= 3);
        assertEquals((badges + 3) / 4, PdfChecks.pages(sheets));
        String text = PdfChecks.text(all);
        assertTrue(text.contains("Дмитрий") && !text.contains("Łukasz"), "only the asked category");
        PdfChecks.png(sheets, 0, Path.of("target", "documents-it", "badge-a4.png"));
    }

    @Test
    void onlyNewLeavesOutThosePrintedBefore() throws Exception {
        People.Person fresh = People.register(podium, SLUG, "INTEGRATION_OFFICER", null, "Jürgen", "Neumann-Öztürk", "Referent", "Kreis Kleve");
        podium.get(BADGES + "?layout=a6").asOrganizer().send();
        People.Person later = People.register(podium, SLUG, "INTEGRATION_OFFICER", null, "Zoë", "Ångström", "Referentin", "Kreis Lippe");
        byte[] pdf = podium.get(BADGES + "?layout=a6&onlyNew=true").asOrganizer().send().bytes();
        String text = PdfChecks.text(pdf);
        assertTrue(text.contains("Ångström"), text);
        assertFalse(text.contains("Neumann-Öztürk"), "printed already: " + text);
        assertEquals(1, PdfChecks.pages(pdf));
        assertTrue(fresh.id() != later.id());
    }

    @Test
    void badgeRunsStartedTogetherAllFinish() throws Exception {
        People.register(podium, SLUG, "INTEGRATION_OFFICER", null, "Fenja", "Þórsdóttir", "Referentin", "Kreis Plön");
        People.register(podium, SLUG, "ADMINISTRATION", null, "Ole", "Brüning", "Referent", "Kreis Steinburg");
        String jobs = "/api/conferences/" + SLUG + "/documents/jobs";
        Browser organizer = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page page = organizer.get("/organizer/conferences/" + SLUG + "/documents");
        List<CompletableFuture<Integer>> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add(CompletableFuture.supplyAsync(() ->
                    podium.post(jobs, "{\"kind\":\"BADGES\",\"layout\":\"a6\",\"onlyNew\":true}").asOrganizer().send().status()));
            // the page reads the job list after starting, while the run may already be writing
            starts.add(CompletableFuture.supplyAsync(() -> organizer.submit(page, "jobs", Map.of("jobs:onlyNew", "on"),
                    "jobs:startBadges").status()));
        }
        for (CompletableFuture<Integer> start : starts) {
            assertTrue(List.of(200, 202).contains(start.join()), "started");
        }
        JsonArray all = podium.get(jobs).asOrganizer().send().jsonArray();
        for (int i = 0; i < 120 && all.stream().map(JsonValue::asJsonObject)
                .anyMatch(j -> List.of("QUEUED", "RUNNING").contains(j.getString("status"))); i++) {
            Thread.sleep(250);
            all = podium.get(jobs).asOrganizer().send().jsonArray();
        }
        List<JsonObject> started = all.stream().map(JsonValue::asJsonObject).limit(6).toList();
        assertTrue(started.stream().allMatch(j -> "DONE".equals(j.getString("status"))),
                "every run marks its people printed, none fails on another's marks: " + started);
        String text = PdfChecks.text(podium.get(BADGES + "?layout=a6&onlyNew=true").asOrganizer().send().bytes());
        assertFalse(text.contains("Brüning"), "marked printed by the runs: " + text);
        assertFalse(podium.log().contains("closed EntityManager"),
                "a background run and its request must not close each other's entity managers");
    }

    @Test
    void badgesOnlyForOrganizersOfTheConference() {
        assertEquals(401, podium.get(BADGES).send().status());
        assertEquals(403, podium.get(BADGES).asSpeaker().send().status());
        assertEquals(422, podium.get(BADGES + "?layout=a3").asOrganizer().send().status());
    }

    @Test
    void certificateOnlyAfterCheckInAndPdfA() throws Exception {
        People.Person person = People.register(podium, SLUG, "INTEGRATION_OFFICER", "Dr.", "Łucja", "Węgłowska-Süß", "Integrationsbeauftragte", "Kreis Höxter");
        String url = "/api/registrations/self/" + person.manageToken() + "/certificate.pdf";
        assertEquals(409, podium.get(url).send().status());
        People.checkIn(podium, SLUG, person);
        Answer answer = podium.get(url).send();
        assertEquals(200, answer.status(), answer::toString);
        byte[] pdf = answer.bytes();
        assertEquals(1, PdfChecks.pages(pdf));
        String text = PdfChecks.text(pdf);
        assertTrue(text.contains("Teilnahmebescheinigung"), text);
        assertTrue(text.contains("Dr. Łucja Węgłowska-Süß"), text);
        assertTrue(text.contains("Integration"), text);
        try (var doc = PdfChecks.open(pdf)) {
            assertTrue(doc.getDocumentInfo().getTitle().contains("Węgłowska-Süß"));
            assertEquals("de-DE", doc.getCatalog().getLang().toUnicodeString());
        }
        PdfChecks.png(pdf, 0, Path.of("target", "documents-it", "certificate.png"));
        PdfChecks.assertArchivalAndAccessible(pdf, "certificate.pdf");
        assertEquals(404, podium.get("/api/registrations/self/" + "x".repeat(43) + "/certificate.pdf").send().status());
    }

    @Test
    void nameCardsPrintTheProtocolFormTwiceOneHalfUpsideDown() throws Exception {
        People.Person secretary = People.register(podium, SLUG, "ADMINISTRATION", "Dr.", "Anna", "Schäfer-Çelik",
                "Staatssekretärin", "Bundesministerium des Innern");
        Answer answer = podium.get("/api/conferences/" + SLUG + "/namecards.pdf?registration=" + secretary.id()).asOrganizer().send();
        assertEquals(200, answer.status(), answer::toString);
        byte[] pdf = answer.bytes();
        assertEquals(1, PdfChecks.pages(pdf));
        List<PdfChecks.Glyphs> glyphs = PdfChecks.positions(pdf, 1);
        String text = PdfChecks.pageText(pdf, 1).replaceAll("\\s+", " ");
        assertEquals(2, text.split("Schäfer-Çelik", -1).length - 1, "name twice: " + text);
        assertTrue(text.contains("Staatssekretärin Dr. Anna"), "protocol form: " + text);
        float fold = 841.89f / 2;
        assertTrue(glyphs.stream().anyMatch(g -> g.text().contains("Schäfer") && g.box().getTop() < fold), "lower half");
        assertTrue(glyphs.stream().anyMatch(g -> g.text().contains("Schäfer") && g.box().getBottom() > fold), "upper half");
        PdfChecks.png(pdf, 0, Path.of("target", "documents-it", "namecard.png"));

        byte[] vip = podium.get("/api/conferences/" + SLUG + "/namecards.pdf").asOrganizer().send().bytes();
        String vipText = PdfChecks.text(vip).replaceAll("\\s+", " ");
        assertTrue(vipText.contains("Dr. Thomas de Maizière") && vipText.contains("Bundesminister des Innern"), vipText);
        assertFalse(vipText.contains("Schäfer-Çelik"), "only invitation-only categories by default");
        assertEquals(403, podium.get("/api/conferences/" + SLUG + "/namecards.pdf").asSpeaker().send().status());
    }

    @Test
    void participantListHasOnlyThoseWhoConsentedInProtocolOrderOrByName() throws Exception {
        People.register(podium, SLUG, "INTEGRATION_OFFICER", null, "Ådne", "Aaberg", "Projektleiter", "Kreis Nordfriesland");
        People.register(podium, SLUG, "INTEGRATION_OFFICER", null, "Verena", "Versteckt", "Referentin", "Kreis Soest", false);
        String url = "/api/conferences/" + SLUG + "/participants.pdf";
        byte[] protocol = podium.get(url).asOrganizer().send().bytes();
        String text = PdfChecks.text(protocol);
        assertFalse(text.contains("Versteckt"), "did not consent");
        assertTrue(text.contains("Kreis Nordfriesland") && text.contains("Projektleiter"), text);
        assertTrue(text.indexOf("Maizière") < text.indexOf("Reuß") && text.indexOf("Reuß") < text.indexOf("Aaberg"),
                "federal minister, district chiefs, then others: " + text);
        String byName = PdfChecks.text(podium.get(url + "?sort=name").asOrganizer().send().bytes());
        assertTrue(byName.indexOf("Aaberg") < byName.indexOf("Maizière"), byName);
        assertEquals(422, podium.get(url + "?sort=age").asOrganizer().send().status());
        assertEquals(401, podium.get(url).send().status());
        PdfChecks.png(protocol, 0, Path.of("target", "documents-it", "participants.png"));
        PdfChecks.assertArchivalAndAccessible(protocol, "participants.pdf");
    }
}
