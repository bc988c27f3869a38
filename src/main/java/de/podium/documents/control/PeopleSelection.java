package de.podium.documents.control;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.documents.entity.BadgePrint;
import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.registration.control.OrganizerRegistrations;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/** Who appears in which document. Callers have checked the organizer's rights on the conference. */
@ApplicationScoped
public class PeopleSelection {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    public List<Registration> forBadges(Conference conference, BadgeFilter filter) {
        if (filter.category() != null && conference.category(filter.category()).isEmpty()) {
            throw new PodiumException.Invalid("category", "error.documents.category", filter.category());
        }
        Set<Long> printed = filter.onlyNew() ? printedIds(conference) : Set.of();
        return all(conference)
                .filter(r -> filter.registration() == null || r.getId().equals(filter.registration()))
                .filter(r -> filter.registration() != null || filter.statuses().contains(r.getStatus()))
                .filter(r -> filter.category() == null || r.getCategory().getCode().equals(filter.category()))
                .filter(r -> !printed.contains(r.getId()))
                .sorted(byName())
                .toList();
    }

    /** Only people who agreed to be listed and hold a place. */
    public List<Registration> forParticipantList(Conference conference, boolean byName) {
        List<Registration> listed = all(conference)
                .filter(Registration::isListInParticipants)
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED || r.getStatus() == RegistrationStatus.CHECKED_IN)
                .sorted(byName ? byName() : OrganizerRegistrations.protocolOrder())
                .toList();
        return byName ? listed : underTheirLeads(listed);
    }

    /** Someone who came with an official in a companion category (not a delegate of the official's own category). */
    public static boolean isCompanion(Registration r) {
        return r.getLead() != null && r.getCategory().isCompanion();
    }

    /**
     * Protocol order with each companion right under the official they accompany (in name order among that official's
     * companions); a companion whose official is not on the list keeps their own place.
     */
    static List<Registration> underTheirLeads(List<Registration> ordered) {
        Set<Long> listed = ordered.stream().map(Registration::getId).collect(Collectors.toSet());
        Map<Long, List<Registration>> companions = new HashMap<>();
        ordered.stream().filter(r -> isCompanion(r) && listed.contains(r.getLead().getId()))
                .sorted(byName())
                .forEach(r -> companions.computeIfAbsent(r.getLead().getId(), id -> new ArrayList<>()).add(r));
        List<Registration> result = new ArrayList<>(ordered.size());
        for (Registration r : ordered) {
            if (isCompanion(r) && listed.contains(r.getLead().getId())) {
                continue;
            }
            result.add(r);
            result.addAll(companions.getOrDefault(r.getId(), List.of()));
        }
        return result;
    }

    /** Panel and VIP seats: invitation-only categories unless a category or one person is asked for. */
    public List<Registration> forNameCards(Conference conference, String category, Long registration) {
        if (category != null && conference.category(category).isEmpty()) {
            throw new PodiumException.Invalid("category", "error.documents.category", category);
        }
        return all(conference)
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED || r.getStatus() == RegistrationStatus.CHECKED_IN)
                .filter(r -> registration != null ? r.getId().equals(registration)
                        : category != null ? r.getCategory().getCode().equals(category) : r.getCategory().isInvitationOnly())
                .filter(r -> r.getCategory().getsNameCard())
                .sorted(OrganizerRegistrations.protocolOrder())
                .toList();
    }

    /**
     * Two badge runs of one conference finishing together would both insert the same first print; the conference row
     * lock makes the second one see the first's rows and update them.
     */
    @Transactional
    public void markPrinted(Conference conference, List<Long> registrationIds) {
        em.find(Conference.class, conference.getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        for (Long id : registrationIds) {
            BadgePrint print = em.find(BadgePrint.class, id);
            if (print == null) {
                em.persist(new BadgePrint(id, now));
            } else {
                print.printedAgain(now);
            }
        }
    }

    private Stream<Registration> all(Conference conference) {
        return em.createNamedQuery(Registration.OF_CONFERENCE, Registration.class)
                .setParameter("conference", conference).getResultList().stream()
                .filter(r -> !r.isAnonymised());
    }

    private Set<Long> printedIds(Conference conference) {
        return new HashSet<>(em.createQuery("SELECT p.registrationId FROM BadgePrint p, Registration r "
                        + "WHERE r.id = p.registrationId AND r.conference = :conference", Long.class)
                .setParameter("conference", conference).getResultList());
    }

    static Comparator<Registration> byName() {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        return Comparator.<Registration, String>comparing(r -> r.getName().getLastName(), collator)
                .thenComparing(r -> r.getName().getFirstName(), collator)
                .thenComparing(Registration::getId);
    }
}
