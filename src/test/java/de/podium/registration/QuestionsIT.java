package de.podium.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.podium.testsupport.Browser;
import de.podium.testsupport.PodiumServer;
import de.podium.testsupport.PodiumServer.Answer;
import de.podium.testsupport.RegistrationFixtures;

/** Issue #20 item 4: the organizer's registration questions, answers, option places, exports and erasure. */
class QuestionsIT {

    static PodiumServer podium;

    /** The four kinds; the workshop question only for guests, its Forum A with places for {@code capacity}. */
    static String questions(int capacity, boolean receptionRequired) {
        return """
                [{"code":"RECEPTION","type":"YES_NO","label":{"de":"Teilnahme am Abendempfang","en":"Evening reception"},
                  "required":%s},
                 {"code":"DIET","type":"MULTI","label":{"de":"Essenswünsche","en":"Dietary requirements"},"sensitive":true,
                  "options":[{"code":"VEGETARIAN","label":{"de":"vegetarisch","en":"vegetarian"}},
                             {"code":"VEGAN","label":{"de":"vegan","en":"vegan"}}]},
                 {"code":"ACCESS","type":"TEXT","label":{"de":"Barrierefreiheit: Unterstützungsbedarf"},"sensitive":true},
                 {"code":"WORKSHOP","type":"SINGLE","label":{"de":"Workshop-Wahl","en":"Workshop choice"},
                  "categories":["GUEST"],
                  "options":[{"code":"FORUM_A","label":{"de":"Forum A","en":"Forum A"},"capacity":%d},
                             {"code":"FORUM_B","label":{"de":"Forum B","en":"Forum B"}}]}]
                """.formatted(receptionRequired, capacity);
    }

    @BeforeAll
    static void boot() {
        podium = PodiumServer.get();
    }

    static String conference() {
        return RegistrationFixtures.conference(false, null, RegistrationFixtures.category("GUEST", null, false, false),
                RegistrationFixtures.category("PRESS", null, false, false));
    }

    static Answer define(String slug, String json) {
        return podium.put("/api/conferences/" + slug + "/questions", json).asOrganizer().send();
    }

    static String person(String category, String email, String answers, Boolean sensitiveConsent) {
        String person = RegistrationFixtures.person(category, email).strip();
        return person.substring(0, person.length() - 1) + ",\"answers\":" + answers
                + (sensitiveConsent == null ? "" : ",\"sensitiveConsent\":" + sensitiveConsent) + "}";
    }

    static List<String> fields(Answer refused) {
        return refused.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
    }

    static long taken(String slug, String option) throws Exception {
        return RegistrationFixtures.count("SELECT o.taken FROM question_option o JOIN question q ON q.id = o.question_id "
                + "JOIN conference c ON c.id = q.conference_id WHERE c.slug = ? AND o.code = ?", slug, option);
    }

    @Test
    void organizersDefineQuestionsAndTheConferenceShowsThem() {
        String slug = conference();
        Answer before = podium.get("/api/conferences/" + slug).send();
        assertEquals(0, before.json().getJsonArray("questions").size(), before::toString);

        assertEquals(401, podium.put("/api/conferences/" + slug + "/questions", questions(40, false)).send().status());
        Answer speaker = podium.put("/api/conferences/" + slug + "/questions", questions(40, false)).asSpeaker().send();
        assertEquals(403, speaker.status(), speaker::toString);

        Answer defined = define(slug, questions(40, false));
        assertEquals(200, defined.status(), defined::toString);
        assertEquals(4, defined.jsonArray().size());

        Answer after = podium.get("/api/conferences/" + slug).send();
        assertEquals(200, after.status());
        JsonObject workshop = after.json().getJsonArray("questions").getJsonObject(3);
        assertEquals("WORKSHOP", workshop.getString("code"));
        assertEquals("SINGLE", workshop.getString("type"));
        assertEquals("Workshop-Wahl", workshop.getJsonObject("label").getString("de"));
        assertEquals("Workshop choice", workshop.getJsonObject("label").getString("en"));
        assertEquals("GUEST", workshop.getJsonArray("categories").getString(0));
        assertEquals(40, workshop.getJsonArray("options").getJsonObject(0).getInt("capacity"));
        assertTrue(after.json().getJsonArray("questions").getJsonObject(1).getBoolean("sensitive"));
        assertFalse(after.json().getJsonArray("questions").getJsonObject(0).getBoolean("required"));
    }

    @Test
    void badDefinitionsAreRefusedNamingTheFieldAndChangeNothing() {
        String slug = conference();
        assertEquals(200, define(slug, questions(40, false)).status());
        Answer twice = define(slug, """
                [{"code":"A","type":"TEXT","label":{"de":"Eins"}},{"code":"A","type":"TEXT","label":{"de":"Zwei"}}]""");
        assertEquals(422, twice.status(), twice::toString);
        assertTrue(fields(twice).contains("questions[1].code"), twice::toString);

        Answer noOptions = define(slug, "[{\"code\":\"B\",\"type\":\"SINGLE\",\"label\":{\"de\":\"Wahl\"}}]");
        assertEquals(422, noOptions.status(), noOptions::toString);
        assertTrue(fields(noOptions).contains("questions[0].options"), noOptions::toString);

        Answer badType = define(slug, "[{\"code\":\"C\",\"type\":\"DATE\",\"label\":{\"de\":\"Wann\"}}]");
        assertEquals(422, badType.status(), badType::toString);
        assertTrue(fields(badType).contains("questions[0].type"), badType::toString);

        Answer noLabel = define(slug, "[{\"code\":\"D\",\"type\":\"TEXT\",\"label\":{\"en\":\"English only\"}}]");
        assertEquals(422, noLabel.status(), noLabel::toString);
        assertTrue(fields(noLabel).contains("questions[0].label.de"), noLabel::toString);

        Answer unknownCategory = define(slug, "[{\"code\":\"E\",\"type\":\"TEXT\",\"label\":{\"de\":\"X\"},\"categories\":[\"NOPE\"]}]");
        assertEquals(422, unknownCategory.status(), unknownCategory::toString);
        assertTrue(fields(unknownCategory).contains("questions[0].categories"), unknownCategory::toString);

        assertEquals(4, podium.get("/api/conferences/" + slug).send().json().getJsonArray("questions").size(),
                "the former questions stay");
    }

    @Test
    void answersAreCheckedPerCategoryAndStored() throws Exception {
        String slug = conference();
        assertEquals(200, define(slug, questions(40, true)).status());

        Answer missing = RegistrationFixtures.register(slug, person("GUEST", RegistrationFixtures.email(), "{}", null));
        assertEquals(422, missing.status(), missing::toString);
        assertEquals(List.of("answers.RECEPTION"), fields(missing));

        Answer unknownOption = RegistrationFixtures.register(slug, person("GUEST", RegistrationFixtures.email(),
                "{\"RECEPTION\":true,\"WORKSHOP\":\"FORUM_Z\"}", null));
        assertEquals(422, unknownOption.status(), unknownOption::toString);
        assertEquals(List.of("answers.WORKSHOP"), fields(unknownOption));

        Answer notAsked = RegistrationFixtures.register(slug, person("PRESS", RegistrationFixtures.email(),
                "{\"RECEPTION\":true,\"WORKSHOP\":\"FORUM_A\"}", null));
        assertEquals(422, notAsked.status(), notAsked::toString);
        assertEquals(List.of("answers.WORKSHOP"), fields(notAsked), "the workshop is asked of guests only");

        Answer noConsent = RegistrationFixtures.register(slug, person("GUEST", RegistrationFixtures.email(),
                "{\"RECEPTION\":true,\"DIET\":[\"VEGAN\"]}", null));
        assertEquals(422, noConsent.status(), noConsent::toString);
        assertEquals(List.of("sensitiveConsent"), fields(noConsent));
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM registration r JOIN conference c "
                + "ON c.id = r.conference_id WHERE c.slug = ?", slug), "nothing of a refused registration is stored");

        String email = RegistrationFixtures.email();
        long id = RegistrationFixtures.registered(slug, person("GUEST", email,
                "{\"RECEPTION\":true,\"DIET\":[\"VEGETARIAN\",\"VEGAN\"],\"ACCESS\":\"Rollstuhlplatz\",\"WORKSHOP\":\"FORUM_A\"}",
                true), "CONFIRMED");
        assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration_answer WHERE registration_id = ? "
                + "AND consented_at IS NOT NULL AND answer_text = 'Rollstuhlplatz'", id), "consent kept with the answer");
        assertEquals(1, taken(slug, "FORUM_A"));

        JsonObject own = podium.get("/api/registrations/self/" + RegistrationChecks.manageToken(id)).send().json();
        JsonObject answers = own.getJsonObject("answers");
        assertTrue(answers.getBoolean("RECEPTION"));
        assertEquals("Rollstuhlplatz", answers.getString("ACCESS"));
        assertEquals("FORUM_A", answers.getString("WORKSHOP"));
        assertEquals(2, answers.getJsonArray("DIET").size());

        Answer filtered = podium.get("/api/conferences/" + slug + "/registrations?answer=WORKSHOP:FORUM_A").asOrganizer().send();
        assertEquals(200, filtered.status(), filtered::toString);
        assertEquals(1, filtered.jsonArray().size());
        assertEquals("Rollstuhlplatz", filtered.jsonArray().getJsonObject(0).getJsonObject("answers").getString("ACCESS"));
        assertEquals(0, podium.get("/api/conferences/" + slug + "/registrations?answer=WORKSHOP:FORUM_B").asOrganizer()
                .send().jsonArray().size());

        String chosenB = RegistrationFixtures.person("GUEST", RegistrationFixtures.email(), "Berta", "Zweitforum", null).strip();
        RegistrationFixtures.registered(slug, chosenB.substring(0, chosenB.length() - 1)
                + ",\"answers\":{\"RECEPTION\":false,\"WORKSHOP\":\"FORUM_B\"}}", "CONFIRMED");
        Browser organizer = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page all = organizer.get("/organizer/conferences/" + slug + "/registrations");
        assertTrue(all.html().contains("Workshop-Wahl: Forum A</option>"), all.html());
        assertTrue(all.html().contains("Zweitforum") && all.html().contains("Reuß"), all.html());
        Browser.Page forumB = organizer.get("/organizer/conferences/" + slug + "/registrations?answer=WORKSHOP%3AFORUM_B");
        assertTrue(forumB.html().contains("Zweitforum") && !forumB.html().contains("Reuß"), forumB.html());
        assertTrue(forumB.html().contains("answer=WORKSHOP%3AFORUM_B"), "the export links keep the answer filter");
    }

    @Test
    void aHundredAtOnceForFortyPlacesGiveExactlyFortyAndNothingElseStored() throws Exception {
        String slug = conference();
        assertEquals(200, define(slug, questions(40, false)).status());
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<Answer>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String json = person("GUEST", "forum" + i + "-" + slug + "@example.org", "{\"WORKSHOP\":\"FORUM_A\"}", null);
            results.add(pool.submit(() -> RegistrationFixtures.register(slug, json)));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Long> acknowledged = new ArrayList<>();
        for (Future<Answer> f : results) {
            Answer a = f.get();
            statuses.merge(a.status(), 1, Integer::sum);
            if (a.status() == 201) {
                acknowledged.add(a.json().getJsonNumber("id").longValue());
            } else {
                assertEquals(409, a.status(), a::toString);
                assertEquals("option_full", a.json().getString("error"));
                assertEquals("answers.WORKSHOP", a.json().getString("field"));
            }
        }
        pool.shutdown();
        assertEquals(Map.of(201, 40, 409, 60), statuses);
        assertEquals(40, taken(slug, "FORUM_A"));
        assertEquals(40, RegistrationFixtures.count("SELECT COUNT(*) FROM registration_answer a JOIN question_option o "
                + "ON o.id = a.option_id JOIN registration r ON r.id = a.registration_id JOIN conference c "
                + "ON c.id = r.conference_id WHERE c.slug = ? AND o.code = 'FORUM_A'", slug));
        assertEquals(40, RegistrationFixtures.count("SELECT COUNT(*) FROM registration r JOIN conference c "
                + "ON c.id = r.conference_id WHERE c.slug = ?", slug), "a refused registration stores nothing");
        for (long id : acknowledged) {
            assertEquals(1, RegistrationFixtures.count("SELECT COUNT(*) FROM registration_answer WHERE registration_id = ?",
                    id), "an acknowledged registration keeps what it was acknowledged with");
        }

        Answer full = RegistrationFixtures.register(slug, person("GUEST", RegistrationFixtures.email(),
                "{\"WORKSHOP\":\"FORUM_A\"}", null));
        assertEquals(409, full.status());
        long cancelled = acknowledged.get(0);
        assertEquals(200, podium.call("DELETE", "/api/registrations/self/" + RegistrationChecks.manageToken(cancelled))
                .send().status());
        assertEquals(39, taken(slug, "FORUM_A"), "a cancelled registration gives its place back");
        RegistrationFixtures.registered(slug, person("GUEST", RegistrationFixtures.email(), "{\"WORKSHOP\":\"FORUM_A\"}",
                null), "CONFIRMED");
        assertEquals(40, taken(slug, "FORUM_A"));

        Answer lowered = define(slug, questions(10, false));
        assertEquals(422, lowered.status(), lowered::toString);
        assertTrue(fields(lowered).contains("questions[3].options[0].capacity"), lowered::toString);
    }

    @Test
    void answersChangeThroughTheManageLink() throws Exception {
        String slug = conference();
        assertEquals(200, define(slug, questions(1, false)).status());
        long id = RegistrationFixtures.registered(slug, person("GUEST", RegistrationFixtures.email(),
                "{\"WORKSHOP\":\"FORUM_A\"}", null), "CONFIRMED");
        String token = RegistrationChecks.manageToken(id);
        String change = """
                {"firstName":"Stefan","lastName":"Reuß","answers":{"RECEPTION":"false","WORKSHOP":"FORUM_B"}}""";
        Answer changed = podium.put("/api/registrations/self/" + token, change).send();
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("FORUM_B", changed.json().getJsonObject("answers").getString("WORKSHOP"));
        assertFalse(changed.json().getJsonObject("answers").getBoolean("RECEPTION"));
        assertEquals(0, taken(slug, "FORUM_A"), "the former choice's place is free again");

        long other = RegistrationFixtures.registered(slug, person("GUEST", RegistrationFixtures.email(),
                "{\"WORKSHOP\":\"FORUM_A\"}", null), "CONFIRMED");
        Answer full = podium.put("/api/registrations/self/" + token,
                "{\"firstName\":\"Stefan\",\"lastName\":\"Reuß\",\"answers\":{\"WORKSHOP\":\"FORUM_A\"}}").send();
        assertEquals(409, full.status(), full::toString);
        assertEquals("answers.WORKSHOP", full.json().getString("field"));
        assertEquals("FORUM_B", podium.get("/api/registrations/self/" + token).send().json().getJsonObject("answers")
                .getString("WORKSHOP"), "the stored answer stays");
        assertNotNull(RegistrationChecks.manageToken(other));

        Answer noConsent = podium.put("/api/registrations/self/" + token,
                "{\"firstName\":\"Stefan\",\"lastName\":\"Reuß\",\"answers\":{\"ACCESS\":\"Gebärdendolmetschung\"}}").send();
        assertEquals(422, noConsent.status(), noConsent::toString);
        assertEquals(List.of("sensitiveConsent"), fields(noConsent));
    }

    @Test
    void answersAppearInTheExportsAsWordsAndGoWithTheErasure() throws Exception {
        String slug = conference();
        assertEquals(200, define(slug, questions(40, false)).status());
        long id = RegistrationFixtures.registered(slug, person("GUEST", RegistrationFixtures.email(),
                "{\"RECEPTION\":true,\"DIET\":[\"VEGAN\",\"VEGETARIAN\"],\"ACCESS\":\"=1+1 Rampe\",\"WORKSHOP\":\"FORUM_A\"}",
                true), "CONFIRMED");

        String csv = new String(podium.get("/api/conferences/" + slug + "/registrations/export.csv?lang=de")
                .asOrganizer().send().bytes(), StandardCharsets.UTF_8);
        String[] lines = csv.strip().split("\r?\n");
        assertTrue(lines[0].endsWith(";Teilnahme am Abendempfang;Essenswünsche;Barrierefreiheit: Unterstützungsbedarf;"
                + "Workshop-Wahl"), lines[0]);
        assertTrue(lines[1].endsWith(";Ja;vegetarisch, vegan;'=1+1 Rampe;Forum A"), lines[1]);

        Answer xlsx = podium.get("/api/conferences/" + slug + "/registrations/export.xlsx?lang=en").asOrganizer().send();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            int first = rows.get(0).getCellCount() - 4;
            assertEquals("Evening reception", rows.get(0).getCellText(first));
            assertEquals("Barrierefreiheit: Unterstützungsbedarf", rows.get(0).getCellText(first + 2),
                    "German where no English label was given");
            assertEquals("Yes", rows.get(1).getCellText(first));
            assertEquals("vegetarian, vegan", rows.get(1).getCellText(first + 1));
            assertEquals("=1+1 Rampe", rows.get(1).getCellText(first + 2));
            assertEquals("Forum A", rows.get(1).getCellText(first + 3));
        }

        Answer erased = podium.post("/api/conferences/" + slug + "/registrations/" + id + "/erase", "").asOrganizer().send();
        assertEquals(200, erased.status(), erased::toString);
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM registration_answer WHERE registration_id = ?", id));
        assertEquals(0, taken(slug, "FORUM_A"), "the erased person's place is free again");
    }

    @Test
    void theRegisterPageAsksTheQuestionsAndTheManagePageChangesTheAnswers() throws Exception {
        String slug = conference();
        assertEquals(200, define(slug, questions(1, false)).status());
        Browser browser = new Browser(podium);
        Browser.Page form = browser.get("/conferences/" + slug + "/register");
        assertEquals(200, form.status());
        assertTrue(form.html().contains("<legend>Teilnahme am Abendempfang</legend>"), form.html());
        assertTrue(form.html().contains("Nur für: GUEST"), "the workshop names its category");
        assertTrue(form.html().contains("Ich willige ausdrücklich ein"), "sensitive questions behind explicit consent");

        String email = RegistrationFixtures.email();
        Map<String, String> answers = new java.util.HashMap<>(Map.of("category", "GUEST", "firstName", "Anna",
                "lastName", "Schmidt", "email", email, "consent", "on", "locale", "de", "answer-RECEPTION", "true",
                "answer-WORKSHOP", "FORUM_A", "answer-ACCESS", "Rampe"));
        Browser.Page done = browser.submit(form, "registration", answers, "submit");
        assertTrue(done.html().contains("Ihre Teilnahme ist bestätigt"), done.html());
        long id = RegistrationFixtures.count("SELECT id FROM registration WHERE email = ?", email);
        assertEquals(2, RegistrationFixtures.count("SELECT COUNT(*) FROM registration_answer WHERE registration_id = ?", id),
                "reception and workshop; the accessibility answer without consent is not stored");

        Browser.Page again = browser.get("/conferences/" + slug + "/register");
        assertTrue(again.html().contains("Forum A – ausgebucht"), again.html());
        String other = RegistrationFixtures.email();
        Map<String, String> late = new java.util.HashMap<>(answers);
        late.put("email", other);
        Browser.Page full = browser.submit(again, "registration", late, "submit");
        assertTrue(full.html().contains("„Forum A“ ist leider ausgebucht."), full.html());
        assertTrue(full.html().contains("aria-invalid=\"true\""), "the workshop question is marked");
        assertEquals(0, RegistrationFixtures.count("SELECT COUNT(*) FROM registration WHERE email = ?", other));

        Browser.Page manage = browser.get("/registrations/self/" + RegistrationChecks.manageToken(id));
        assertTrue(manage.html().contains("Ihre Antworten"), manage.html());
        Browser.Page saved = browser.submit(manage, "answers", Map.of("answer-RECEPTION", "false",
                "answer-WORKSHOP", "FORUM_B", "sensitiveConsent", "true", "answer-ACCESS", "Rollstuhlplatz"), "saveAnswers");
        assertTrue(saved.html().contains("Ihre Antworten wurden gespeichert."), saved.html());
        JsonObject stored = podium.get("/api/registrations/self/" + RegistrationChecks.manageToken(id)).send().json()
                .getJsonObject("answers");
        assertEquals("FORUM_B", stored.getString("WORKSHOP"));
        assertFalse(stored.getBoolean("RECEPTION"));
        assertEquals("Rollstuhlplatz", stored.getString("ACCESS"));
        assertEquals(0, taken(slug, "FORUM_A"));
    }

    @Test
    void organizersAddEditAndReorderQuestionsOnTheirPage() throws Exception {
        String slug = conference();
        assertEquals(403, Browser.signedIn(PodiumServer.SPEAKER).get("/organizer/conferences/" + slug + "/questions").status());
        Browser browser = Browser.signedIn(PodiumServer.ORGANIZER);
        Browser.Page page = browser.get("/organizer/conferences/" + slug + "/questions");
        assertEquals(200, page.status(), page.html());

        Browser.Page wrong = browser.submit(page, "question", Map.of("question:code", "WORKSHOP", "question:type", "SINGLE",
                "question:labelDe", "Workshop-Wahl", "question:options", "A; Forum A; Forum A; viele"), "question:save");
        assertTrue(wrong.html().contains("die Plätze als ganze Zahl"), wrong.html());
        assertEquals(0, podium.get("/api/conferences/" + slug).send().json().getJsonArray("questions").size());

        Browser.Page saved = browser.submit(wrong, "question", Map.of("question:code", "WORKSHOP", "question:type", "SINGLE",
                "question:labelDe", "Workshop-Wahl", "question:labelEn", "Workshop choice",
                "question:options", "A; Forum A; Forum A; 40\nB; Forum B"), "question:save");
        assertTrue(saved.html().contains("Die Frage wurde gespeichert."), saved.html());
        assertTrue(saved.html().contains("Forum A (0 von 40 Plätzen vergeben)"), saved.html());
        Browser.Page second = browser.submit(saved, "question", Map.of("question:code", "RECEPTION", "question:type", "YES_NO",
                "question:labelDe", "Teilnahme am Abendempfang", "question:required", "true"), "question:save");
        assertTrue(second.html().contains("Die Frage wurde gespeichert."), second.html());

        Map<String, String> listFields = second.fields("questions");
        java.util.regex.Matcher button = java.util.regex.Pattern.compile(
                "<input[^>]*aria-label=\"Nach oben: Teilnahme am Abendempfang\"[^>]*>").matcher(second.html());
        assertTrue(button.find(), second.html());
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(button.group());
        assertTrue(name.find());
        String up = name.group(1);
        Browser.Page moved = browser.post(second.action("questions"), new java.util.HashMap<>(Map.of(
                "questions", "questions", "jakarta.faces.ViewState", listFields.get("jakarta.faces.ViewState"), up, "x")));
        assertEquals(200, moved.status(), moved.html());
        JsonObject conference = podium.get("/api/conferences/" + slug).send().json();
        assertEquals("RECEPTION", conference.getJsonArray("questions").getJsonObject(0).getString("code"));
        assertTrue(conference.getJsonArray("questions").getJsonObject(0).getBoolean("required"));
        assertEquals(40, conference.getJsonArray("questions").getJsonObject(1).getJsonArray("options").getJsonObject(0)
                .getInt("capacity"));
    }
}
