package de.podium.registration.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.mail.control.PersonalMail;
import de.podium.registration.entity.Invitation;
import de.podium.registration.entity.Registration;

/**
 * GDPR erasure of one person at one conference, on request or at the end of the retention period: the
 * registration is anonymised (status and category stay, so counts stay), their invitation too, their mail of the
 * conference is deleted with its files, and {@link RegistrationErased} lets agenda and documents clean up.
 * Opt-outs of bulk mail stay, as they are only a keyed hash of the address.
 */
@ApplicationScoped
public class RegistrationErasure {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    PersonalMail mail;

    @Inject
    Event<RegistrationErased> erased;

    @Inject
    Answers answers;

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Registration registration) {
        long conferenceId = registration.getConference().getId();
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(registration.getEmail().toLowerCase(Locale.ROOT));
        for (Invitation invitation : invitationsOf(registration)) {
            addresses.add(invitation.getEmail().toLowerCase(Locale.ROOT));
            invitation.anonymise();
        }
        mail.forget(conferenceId, addresses);
        answers.erase(registration);
        registration.anonymise();
        // an organizer's reason for cancelling is free text that may name the person; who changed what stays
        em.createQuery("UPDATE RegistrationChange c SET c.details = '-' WHERE c.registration = :registration "
                        + "AND c.action = :action")
                .setParameter("registration", registration)
                .setParameter("action", de.podium.registration.entity.RegistrationChange.Action.CANCELLED)
                .executeUpdate();
        erased.fire(new RegistrationErased(conferenceId, registration.getId()));
    }

    private List<Invitation> invitationsOf(Registration registration) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.conference = :conference "
                        + "AND (i.registrationId = :id OR LOWER(i.email) = :email)", Invitation.class)
                .setParameter("conference", registration.getConference()).setParameter("id", registration.getId())
                .setParameter("email", registration.getEmail().toLowerCase(Locale.ROOT)).getResultList();
    }
}
