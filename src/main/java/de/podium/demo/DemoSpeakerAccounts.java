package de.podium.demo;

import java.util.EnumSet;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.event.entity.Conference;
import de.podium.security.control.AccountService;
import de.podium.security.entity.Account;
import de.podium.security.entity.Role;
import de.podium.agenda.entity.Speaker;

/**
 * Sign-in accounts for the speakers the seed names besides Landrat Reuß (who gets his with the demo data):
 * DLT-Präsident Landrat Reinhard Sager and the Viventure project team. Only speakers of the demo conference
 * that have neither an account nor an address yet are touched, so a real database is never changed.
 */
@ApplicationScoped
public class DemoSpeakerAccounts {

    private static final Logger LOG = Logger.getLogger(DemoSpeakerAccounts.class.getName());

    /** Last name in the demo programme → address of the demo account. */
    static final Map<String, String> ADDRESSES = Map.of(
            "Sager", "sager@podium.example",
            "Viventure", "viventure@podium.example");

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    DemoDataLock lock;

    @Inject
    @ConfigProperty(name = "podium.demo.password", defaultValue = DemoConference.DEFAULT_DEMO_PASSWORD)
    String demoPassword;

    @Transactional
    public void create() {
        lock.hold();
        em.createNamedQuery(Conference.FIND_BY_SLUG, Conference.class).setParameter("slug", DemoConference.SLUG)
                .getResultStream().filter(Conference::isDemoData).findFirst()
                .ifPresent(this::createFor);
    }

    private void createFor(Conference conference) {
        em.createQuery("SELECT s FROM Speaker s WHERE s.conference = :conference AND s.account IS NULL "
                        + "AND s.email IS NULL", Speaker.class)
                .setParameter("conference", conference).getResultList().stream()
                .filter(s -> ADDRESSES.containsKey(s.getLastName()))
                .filter(s -> accounts.findByEmail(ADDRESSES.get(s.getLastName())).isEmpty())
                .forEach(this::createFor);
    }

    private void createFor(Speaker speaker) {
        String email = ADDRESSES.get(speaker.getLastName());
        Account account = accounts.create(email, speaker.getFirstName() + " " + speaker.getLastName(), demoPassword,
                DemoConference.DEFAULT_DEMO_PASSWORD.equals(demoPassword), EnumSet.of(Role.SPEAKER));
        // the speaker entry keeps no address of its own, so circulars of the demo still reach Landrat Reuß alone
        speaker.linkAccount(account);
        LOG.info(() -> "Demo speaker account " + email);
    }
}
