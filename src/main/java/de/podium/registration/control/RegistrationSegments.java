package de.podium.registration.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.mail.control.RecipientSegments;
import de.podium.platform.control.Texts;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/** Bulk-mail audiences of the registration feature: by status, by category (with a place), checked in. */
@ApplicationScoped
public class RegistrationSegments implements RecipientSegments {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    RegistrationMails mails;

    @Override
    public List<Segment> segments(Conference conference) {
        List<Segment> segments = new ArrayList<>();
        for (RegistrationStatus status : List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.PENDING_APPROVAL, RegistrationStatus.PENDING_CONFIRMATION)) {
            segments.add(new Segment("STATUS:" + status, "segment.registration.status", List.of(new Texts.Word("registration.status." + status)),
                    () -> recipients(conference, r -> r.getStatus() == status)));
        }
        segments.add(new Segment("CHECKED_IN", "segment.registration.checkedIn", List.of(),
                () -> recipients(conference, r -> r.getStatus() == RegistrationStatus.CHECKED_IN)));
        for (Category category : conference.getCategories()) {
            segments.add(new Segment("CATEGORY:" + category.getCode(), "segment.registration.category",
                    List.of(new Texts.Translated(category.getName(), category.getNameEn())), () -> recipients(conference,
                    r -> r.getCategory().getId().equals(category.getId()) && r.getStatus().holdsPlace())));
        }
        return segments;
    }

    private List<Recipient> recipients(Conference conference, Predicate<Registration> wanted) {
        return em.createNamedQuery(Registration.OF_CONFERENCE, Registration.class)
                .setParameter("conference", conference).getResultList().stream()
                .filter(r -> !r.isAnonymised())
                .filter(wanted)
                .map(r -> new Recipient(r.getEmail(), r.getName().full(), Texts.fromTag(r.getLocale()),
                        Map.of("manageUrl", mails.manageUrl(r), "name", r.getName().full(),
                                "salutationLine", RegistrationMails.salutationLine(r))))
                .toList();
    }
}
