package de.podium.demo;

import jakarta.persistence.EntityManager;

import de.podium.event.entity.Conference;
import de.podium.event.entity.Question;
import de.podium.event.entity.QuestionOption;
import de.podium.event.entity.QuestionType;

/**
 * The four example questions of issue #20 for the demo conference. All optional, as many tests register for the
 * demo conference without answers.
 */
final class DemoQuestions {

    private DemoQuestions() {
    }

    static void add(EntityManager em, Conference c) {
        Question reception = question(c, "RECEPTION", QuestionType.YES_NO, 0,
                "Teilnahme am Abendempfang", "Attending the evening reception");
        em.persist(reception);
        Question diet = question(c, "DIET", QuestionType.MULTI, 1, "Essenswünsche", "Dietary requirements");
        diet.setSensitive(true);
        option(diet, "VEGETARIAN", "vegetarisch", "vegetarian", null, 0);
        option(diet, "VEGAN", "vegan", "vegan", null, 1);
        option(diet, "GLUTEN_FREE", "glutenfrei", "gluten-free", null, 2);
        option(diet, "LACTOSE_FREE", "laktosefrei", "lactose-free", null, 3);
        em.persist(diet);
        Question access = question(c, "ACCESSIBILITY", QuestionType.TEXT, 2,
                "Barrierefreiheit: Unterstützungsbedarf", "Accessibility: support needed");
        access.setSensitive(true);
        em.persist(access);
        Question workshop = question(c, "WORKSHOP", QuestionType.SINGLE, 3, "Workshop-Wahl", "Workshop choice");
        option(workshop, "FORUM_A", "Forum A: Arbeitsmarkt", "Forum A: labour market", 40, 0);
        option(workshop, "FORUM_B", "Forum B: Wohnen und Ehrenamt", "Forum B: housing and volunteering", 40, 1);
        option(workshop, "FORUM_C", "Forum C: Bildung und Sprache", "Forum C: education and language", 40, 2);
        em.persist(workshop);
    }

    private static Question question(Conference c, String code, QuestionType type, int position, String de, String en) {
        Question question = new Question(c, code, type);
        question.label(de, en);
        question.setPosition(position);
        return question;
    }

    private static void option(Question question, String code, String de, String en, Integer capacity, int position) {
        QuestionOption option = question.addOption(code);
        option.label(de, en);
        option.setCapacity(capacity);
        option.setPosition(position);
    }
}
