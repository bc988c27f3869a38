package de.podium.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.event.entity.Category;
import de.podium.platform.control.PublicContentChanged;

/**
 * The places of a conference and its categories, counted in the database. A place is taken by conditional
 * UPDATEs that only succeed while {@code held < capacity}; the row lock they take lasts until the
 * transaction ends, so concurrent requests on any number of nodes queue up behind it and capacity is never
 * exceeded. Callers run these UPDATEs as the last statements of their transaction, so the locks are held only
 * for the commit.
 * <p>
 * The category row is always locked before the conference row, so the order never deadlocks. The conference
 * row is neither updated nor locked while the conference has no overall capacity (its {@code held} is then
 * not kept, and is recounted from the categories when a capacity is set: {@code ConferenceService}); whether
 * it has one is read from the database after the category row is locked, as a conference edit that sets a
 * capacity locks the category rows first and so cannot slip in between.
 */
@ApplicationScoped
public class Places {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Inject
    @ConfigProperty(name = "podium.db.url")
    String databaseUrl;

    /** Takes one place in the category and, if it has a capacity, the conference, if both have one left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(Category category) {
        boolean taken = take(database(), category.getConference().getId(), category.getId(),
                databaseUrl.startsWith("jdbc:postgresql:"));
        if (taken) {
            publicChanges.fire(PublicContentChanged.places(category.getConference().getSlug()));
        }
        return taken;
    }

    /** Gives a place back; the caller offers it to the waiting list in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Category category) {
        release(database(), category.getConference().getId(), category.getId());
        publicChanges.fire(PublicContentChanged.places(category.getConference().getSlug()));
    }

    /**
     * Locks two categories' rows in the order of their ids before a move gives a place back in one and takes one in
     * the other: two opposite moves at once would otherwise lock them in opposite orders and deadlock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForMove(Category from, Category to) {
        long first = Math.min(from.getId(), to.getId());
        long second = Math.max(from.getId(), to.getId());
        database().value("SELECT id FROM category WHERE id IN (?1, ?2) ORDER BY id FOR UPDATE",
                first, second);
    }

    /** Statements with positional parameters ?1, ?2 … in the caller's transaction (JPA here, JDBC in the unit test). */
    interface Statements {
        int update(String sql, Object... parameters);

        /** The first column of the first row, or null. */
        Object value(String sql, Object... parameters);
    }

    /**
     * Both counters in one statement, so that the category row lock is held for a single round trip and the
     * commit: the conference UPDATE reads the category's outcome, which makes PostgreSQL lock the category row
     * first. Answers 0 (category full), 2 (category place taken, conference not) or 3 (both taken).
     */
    private static final String TAKE = """
            WITH category_place AS (
                UPDATE category SET held = held + 1 WHERE id = ?1 AND (capacity IS NULL OR held < capacity) RETURNING id),
            conference_place AS (
                UPDATE conference SET held = held + 1
                WHERE id = ?2 AND capacity IS NOT NULL AND held < capacity AND EXISTS (SELECT 1 FROM category_place)
                RETURNING id)
            SELECT (SELECT count(*) FROM category_place) * 2 + (SELECT count(*) FROM conference_place)""";
    private static final int CATEGORY_FULL = 0;
    private static final int CATEGORY_ONLY = 2;

    /** @param inOneStatement PostgreSQL: both UPDATEs in one statement; H2 knows no UPDATE in WITH */
    static boolean take(Statements db, long conferenceId, long categoryId, boolean inOneStatement) {
        if (!inOneStatement) {
            return takeStepByStep(db, conferenceId, categoryId);
        }
        int outcome = ((Number) db.value(TAKE, categoryId, conferenceId)).intValue();
        if (outcome == CATEGORY_FULL) {
            return false;
        }
        if (outcome != CATEGORY_ONLY || unlimited(db, conferenceId)) {
            return true;
        }
        db.update("UPDATE category SET held = held - 1 WHERE id = ?1", categoryId);
        return false;
    }

    private static boolean takeStepByStep(Statements db, long conferenceId, long categoryId) {
        if (db.update("UPDATE category SET held = held + 1 WHERE id = ?1 AND (capacity IS NULL OR held < capacity)",
                categoryId) == 0) {
            return false;
        }
        if (db.update("UPDATE conference SET held = held + 1 WHERE id = ?1 AND capacity IS NOT NULL AND held < capacity",
                conferenceId) == 1 || unlimited(db, conferenceId)) {
            return true;
        }
        db.update("UPDATE category SET held = held - 1 WHERE id = ?1", categoryId);
        return false;
    }

    static void release(Statements db, long conferenceId, long categoryId) {
        db.update("UPDATE category SET held = held - 1 WHERE id = ?1 AND held > 0", categoryId);
        db.update("UPDATE conference SET held = held - 1 WHERE id = ?1 AND capacity IS NOT NULL AND held > 0",
                conferenceId);
    }

    private static boolean unlimited(Statements db, long conferenceId) {
        return db.value("SELECT capacity FROM conference WHERE id = ?1", conferenceId) == null;
    }

    private Statements database() {
        return new Statements() {
            @Override
            public int update(String sql, Object... parameters) {
                return query(sql, parameters).executeUpdate();
            }

            @Override
            public Object value(String sql, Object... parameters) {
                java.util.List<?> rows = query(sql, parameters).getResultList();
                return rows.isEmpty() ? null : rows.get(0);
            }
        };
    }

    private jakarta.persistence.Query query(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** Places held per category id of a conference, for "available" and the capacity bars. */
    public java.util.Map<Long, Integer> heldByCategory(Long conferenceId) {
        java.util.Map<Long, Integer> held = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, held FROM category WHERE conference_id = ?1")
                .setParameter(1, conferenceId).getResultList()) {
            Object[] values = (Object[]) row;
            held.put(((Number) values[0]).longValue(), ((Number) values[1]).intValue());
        }
        return held;
    }

    /** Counted from the categories, as the conference's own counter is only kept while it has a capacity. */
    public int heldInConference(Long conferenceId) {
        Object held = em.createNativeQuery("SELECT COALESCE(SUM(held), 0) FROM category WHERE conference_id = ?1")
                .setParameter(1, conferenceId).getSingleResult();
        return ((Number) held).intValue();
    }
}
