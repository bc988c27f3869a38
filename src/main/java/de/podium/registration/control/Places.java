package de.podium.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.entity.Category;
import de.podium.platform.control.PublicContentChanged;

/**
 * The places of a conference and its categories, counted in the database. A place is taken by conditional
 * UPDATEs that only succeed while {@code held < capacity}; the row lock they take lasts until the
 * transaction ends, so concurrent requests on any number of nodes queue up behind it and capacity is never
 * exceeded. The conference row is always locked before the category row, so the order never deadlocks.
 */
@ApplicationScoped
public class Places {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Event<PublicContentChanged> publicChanges;

    /** Takes one place in the conference and the category if both have one left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(Category category) {
        boolean taken = take(this::update, category.getConference().getId(), category.getId());
        if (taken) {
            publicChanges.fire(PublicContentChanged.places(category.getConference().getSlug()));
        }
        return taken;
    }

    /** Gives a place back; the caller then offers it to the waiting list in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Category category) {
        release(this::update, category.getConference().getId(), category.getId());
        publicChanges.fire(PublicContentChanged.places(category.getConference().getSlug()));
    }

    /** One UPDATE with positional parameters ?1, ?2 … in the caller's transaction (JPA here, JDBC in the unit test). */
    interface Updates {
        int run(String sql, Object... parameters);
    }

    static boolean take(Updates db, long conferenceId, long categoryId) {
        if (db.run("UPDATE conference SET held = held + 1 WHERE id = ?1 AND (capacity IS NULL OR held < capacity)",
                conferenceId) == 0) {
            return false;
        }
        if (db.run("UPDATE category SET held = held + 1 WHERE id = ?1 AND (capacity IS NULL OR held < capacity)",
                categoryId) == 0) {
            db.run("UPDATE conference SET held = held - 1 WHERE id = ?1", conferenceId);
            return false;
        }
        return true;
    }

    static void release(Updates db, long conferenceId, long categoryId) {
        db.run("UPDATE conference SET held = held - 1 WHERE id = ?1 AND held > 0", conferenceId);
        db.run("UPDATE category SET held = held - 1 WHERE id = ?1 AND held > 0", categoryId);
    }

    private int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
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

    public int heldInConference(Long conferenceId) {
        Object held = em.createNativeQuery("SELECT held FROM conference WHERE id = ?1")
                .setParameter(1, conferenceId).getSingleResult();
        return ((Number) held).intValue();
    }
}
