package de.podium.documents.control;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.documents.entity.SlidePageTexts;

/** Keeps the page texts of slide uploads in the database (table {@code slide_page_texts}), one row per upload. */
@ApplicationScoped
public class SlidePageTextStore implements KnownSlideTexts {

    /** the column's size; a deck with more text is read again by each proceedings run */
    static final int MAX_JSON = 1_000_000;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Override
    public List<String> of(long slideId) {
        List<Object[]> stored = em.createNamedQuery(SlidePageTexts.OF_SLIDE, Object[].class)
                .setParameter("slide", slideId).getResultList();
        if (stored.isEmpty()) {
            return null;
        }
        List<String> texts = decoded((String) stored.get(0)[1]);
        return texts.size() == ((Number) stored.get(0)[0]).intValue() ? texts : null;
    }

    /** In a transaction of its own, so a proceedings run or a background reader keeps them at once. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remember(long slideId, List<String> texts) {
        if (em.find(SlidePageTexts.class, slideId) != null) {
            return;
        }
        String json = encoded(texts);
        if (json.length() <= MAX_JSON) {
            em.persist(new SlidePageTexts(slideId, texts.size(), json, Instant.now()));
            em.flush();
        }
    }

    static String encoded(List<String> texts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        texts.forEach(array::add);
        return array.build().toString();
    }

    static List<String> decoded(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
