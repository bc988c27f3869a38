package de.podium.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Serialises the demo data loading of nodes that start together on an empty database. Every loading step calls
 * {@link #hold()} first in its transaction and only then looks whether its part is still missing: the row lock
 * (the {@code demo-data} row of {@code job_claim}, V88) lets one node load while the others wait, and they then
 * find the data there and load nothing. Works the same on PostgreSQL and H2.
 */
@ApplicationScoped
public class DemoDataLock {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    /** Blocks until this transaction holds the demo data lock; released by its commit or rollback. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold() {
        if (em.createNativeQuery("SELECT name FROM job_claim WHERE name = 'demo-data' FOR UPDATE").getResultList()
                .isEmpty()) {
            // without the row nothing would be locked and nodes starting together would load the demo twice
            throw new IllegalStateException("job_claim has no demo-data row (migration V88)");
        }
    }
}
