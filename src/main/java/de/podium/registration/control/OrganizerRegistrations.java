package de.podium.registration.control;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Question;
import de.podium.event.entity.QuestionType;
import de.podium.platform.control.PodiumException;
import de.podium.registration.entity.Answer;
import de.podium.registration.entity.CancelReason;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/** The organizer's side: lists, counts, approval, erasure, invitations and check-in, for their conferences only. */
@ApplicationScoped
public class OrganizerRegistrations {

    /** Protocol order (DOMAIN.md): federal minister, state minister, state secretary, district chief, others. */
    private static final List<String> PRECEDENCE = List.of("MINISTER_BUND", "MINISTER_LAND", "STATE_SECRETARY",
            "STAATSSEKRETAER", "LANDRAT");

    public static final int MAX_RANK = 9999;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    RegistrationService registrations;

    @Inject
    Places places;

    @Inject
    RegistrationMails mails;

    @Inject
    RegistrationErasure erasure;

    @Inject
    Answers answers;

    /** Registrations matching the filter, in protocol order then by name. */
    public List<Registration> list(String slug, RegistrationFilter filter) {
        Conference conference = conferences.forOrganizer(slug);
        RegistrationStatus status = filter.status(conference);
        Set<Long> answered = filter.hasAnswer() ? answeredAs(conference, filter) : null;
        return em.createNamedQuery(Registration.OF_CONFERENCE, Registration.class)
                .setParameter("conference", conference).getResultList().stream()
                .filter(r -> status == null || r.getStatus() == status)
                .filter(r -> filter.category() == null || filter.category().isBlank()
                        || r.getCategory().getCode().equals(filter.category().strip()))
                .filter(r -> filter.matchesText(r))
                .filter(r -> answered == null || answered.contains(r.getId()))
                .sorted(protocolOrder())
                .toList();
    }

    /** The registrations whose answer to the filter's question is the filter's option, yes or no (or any). */
    private Set<Long> answeredAs(Conference conference, RegistrationFilter filter) {
        Question question = answers.questionsOf(conference).stream()
                .filter(q -> q.getCode().equals(filter.answerQuestion())).findFirst()
                .orElseThrow(() -> new PodiumException.Invalid("answer", "error.answer.unknownQuestion",
                        filter.answerQuestion()));
        String value = filter.answerValue();
        return em.createNamedQuery(Answer.OF_QUESTION,
                        Answer.class)
                .setParameter("question", question).getResultStream()
                .filter(a -> value == null || matches(a, value))
                .map(a -> a.getRegistration().getId()).collect(Collectors.toSet());
    }

    private static boolean matches(Answer answer, String value) {
        if (answer.getOption() != null) {
            return answer.getOption().getCode().equals(value);
        }
        if (answer.getQuestion().getType() == QuestionType.YES_NO) {
            return answer.isYes() == ("yes".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value));
        }
        return answer.getText() != null && answer.getText().toLowerCase(Locale.ROOT)
                .contains(value.toLowerCase(Locale.ROOT));
    }

    /** Category precedence, then the organizer's rank (unranked people after ranked ones), then name. */
    public static Comparator<Registration> protocolOrder() {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        return Comparator.<Registration>comparingInt(r -> precedence(r.getCategory()))
                .thenComparing(Registration::getRank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.getName().getLastName(), collator)
                .thenComparing(r -> r.getName().getFirstName(), collator)
                .thenComparing(Registration::getId);
    }

    static int precedence(Category category) {
        int index = PRECEDENCE.indexOf(category.getCode());
        return index < 0 ? PRECEDENCE.size() : index;
    }

    /** Sets or clears ({@code null}) a person's individual precedence; 1 to {@value #MAX_RANK}, smaller first. */
    @Transactional
    public Registration setPrecedence(String slug, Long id, Integer rank) {
        if (rank != null && (rank < 1 || rank > MAX_RANK)) {
            throw new PodiumException.Invalid("rank", "error.registration.rank.range", MAX_RANK);
        }
        Registration registration = ofConference(slug, id);
        registration.rankAt(rank);
        return registration;
    }

    /** Counts per category and status with capacity and places held: the organizer's overview. */
    public Summary summary(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        List<Registration> all = em.createNamedQuery(Registration.OF_CONFERENCE, Registration.class)
                .setParameter("conference", conference).getResultList();
        Map<String, Integer> held = new LinkedHashMap<>();
        places.heldByCategory(conference.getId()).forEach((id, n) -> conference.getCategories().stream()
                .filter(c -> c.getId().equals(id)).findFirst().ifPresent(c -> held.put(c.getCode(), n)));
        List<CategorySummary> categories = conference.getCategories().stream().map(c -> new CategorySummary(
                c.getCode(), c.getName(), c.getCapacity(), held.getOrDefault(c.getCode(), 0),
                counts(all.stream().filter(r -> r.getCategory().getId().equals(c.getId())).toList()))).toList();
        return new Summary(conference.getCapacity(), places.heldInConference(conference.getId()), counts(all), categories);
    }

    private static Map<RegistrationStatus, Long> counts(List<Registration> registrations) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            counts.put(status, registrations.stream().filter(r -> r.getStatus() == status).count());
        }
        return counts;
    }

    @Transactional
    public Registration approve(String slug, Long id) {
        Registration registration = ofConference(slug, id);
        if (registration.getStatus() != RegistrationStatus.PENDING_APPROVAL) {
            throw new PodiumException.Conflict("illegal_transition", "error.registration.transition",
                    registration.getStatus().name());
        }
        registrations.place(registration);
        return registration;
    }

    @Transactional
    public Registration reject(String slug, Long id) {
        Registration registration = ofConference(slug, id);
        mails.rejected(registration);
        registrations.end(registration, CancelReason.REJECTED);
        return registration;
    }

    /** GDPR erasure on request: the person is anonymised everywhere, status and category stay so that counts stay. */
    @Transactional
    public Registration erase(String slug, Long id) {
        Registration registration = ofConference(slug, id);
        erasure.erase(registration);
        return registration;
    }

    private Registration ofConference(String slug, Long id) {
        Conference conference = conferences.forOrganizer(slug);
        Registration registration = id == null ? null : em.find(Registration.class, id);
        if (registration == null || !registration.getConference().getId().equals(conference.getId())) {
            throw new PodiumException.NotFound("error.registration.unknown", id);
        }
        return registration;
    }

    @Schema(name = "RegistrationSummary")
    public record Summary(Integer capacity, int held, Map<RegistrationStatus, Long> statuses,
                          List<CategorySummary> categories) {
    }

    public record CategorySummary(String code, String name, Integer capacity, int held,
                                  Map<RegistrationStatus, Long> statuses) {
    }
}
