package de.podium.registration.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.registration.entity.Invitation;

/** Finds an unused invitation of a conference to pre-fill the registration form from its link. */
@ApplicationScoped
public class InvitationLookup {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    public Optional<Invitation> find(String slug, String code) {
        return em.createNamedQuery(Invitation.BY_CODE, Invitation.class).setParameter("code", code.strip())
                .getResultStream()
                .filter(i -> i.getConference().getSlug().equals(slug) && !i.isUsed())
                .findFirst();
    }
}
