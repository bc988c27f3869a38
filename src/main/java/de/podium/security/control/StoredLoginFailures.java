package de.podium.security.control;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.security.entity.LoginFailure;

/** Failed sign-ins in the database, so that the limits hold across all nodes of a cluster. */
@ApplicationScoped
public class StoredLoginFailures implements LoginFailures {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Override
    @Transactional
    public List<Instant> since(String key, Instant cutoff) {
        return em.createQuery("SELECT f.failedAt FROM LoginFailure f WHERE f.key = :key AND f.failedAt > :cutoff "
                        + "ORDER BY f.failedAt", Instant.class)
                .setParameter("key", key).setParameter("cutoff", cutoff).getResultList();
    }

    @Override
    @Transactional
    public void add(String key, Instant at, Instant cutoff) {
        em.createQuery("DELETE FROM LoginFailure f WHERE f.failedAt <= :cutoff").setParameter("cutoff", cutoff).executeUpdate();
        em.persist(new LoginFailure(key, at));
    }

    @Override
    @Transactional
    public void clear(String key) {
        em.createQuery("DELETE FROM LoginFailure f WHERE f.key = :key").setParameter("key", key).executeUpdate();
    }
}
