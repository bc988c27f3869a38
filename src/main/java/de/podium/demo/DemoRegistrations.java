package de.podium.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.platform.entity.Salutation;
import de.podium.registration.control.Places;
import de.podium.registration.entity.EmailAddress;
import de.podium.registration.entity.PersonName;
import de.podium.registration.entity.Registration;

/**
 * Registrations of the demo conference, from the press release: the federal minister with his personal assistant as
 * companion, and district chiefs. The DLT's president, Landrat Sager, ranks before Landrat Reuß, as the
 * association's president does among Landräte.
 */
@ApplicationScoped
public class DemoRegistrations {

    /**
     * {@code rank}: individual precedence within the category, {@code null} = by name; {@code lead}: the e-mail of
     * the person a companion comes with.
     */
    private record Person(String category, Salutation salutation, String title, String first, String last, String office,
                          String organisation, String email, Integer rank, String lead) {
        Person(String category, Salutation salutation, String title, String first, String last, String office,
               String organisation, String email, Integer rank) {
            this(category, salutation, title, first, last, office, organisation, email, rank, null);
        }
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("MINISTER_BUND", Salutation.MR, "Dr.", "Thomas", "de Maizière", "Bundesminister des Innern",
                    "Bundesministerium des Innern", "minister@bmi.demo.podium.example", null),
            new Person("LANDRAT", Salutation.MR, null, "Stefan", "Reuß", "Landrat des Werra-Meißner-Kreises",
                    "Werra-Meißner-Kreis", "landrat@werra-meissner-kreis.demo.podium.example", 2),
            new Person("LANDRAT", Salutation.MR, null, "Reinhard", "Sager", "Landrat des Kreises Ostholstein, Präsident des "
                    + "Deutschen Landkreistages", "Kreis Ostholstein", "landrat@ostholstein.demo.podium.example", 1),
            new Person("COMPANION", Salutation.MS, null, "Julia", "Berger", "Persönliche Referentin des Bundesministers",
                    "Bundesministerium des Innern", "referentin@bmi.demo.podium.example", null,
                    "minister@bmi.demo.podium.example"));

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    Places places;

    @Inject
    DemoDataLock lock;

    /** Adds the demo registrations when the demo conference has none; returns how many were added. */
    @Transactional
    public int loadIfEmpty() {
        lock.hold();
        Conference conference = conferences.findBySlug(DemoConference.SLUG).orElse(null);
        if (conference == null || em.createNamedQuery(Registration.COUNT_OF_CONFERENCE, Long.class)
                .setParameter("conference", conference).getSingleResult() > 0) {
            return 0;
        }
        java.util.Map<String, Registration> byEmail = new java.util.HashMap<>();
        for (Person p : PEOPLE) {
            Category category = conference.category(p.category()).orElseThrow();
            Registration r = new Registration(category, new PersonName(p.title(), p.first(), p.last()),
                    new EmailAddress(p.email()), "de", "demo", true);
            r.describe(p.salutation(), p.office(), p.organisation());
            r.rankAt(p.rank());
            if (p.lead() != null) {
                r.accompany(byEmail.get(p.lead()));
            }
            em.persist(r);
            byEmail.put(p.email(), r);
            if (places.take(category)) {
                r.confirm();
            } else {
                r.waitlist();
            }
        }
        return PEOPLE.size();
    }
}
