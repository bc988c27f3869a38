package de.podium.registration.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

import de.podium.event.control.Questions;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Question;
import de.podium.event.entity.QuestionOption;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PodiumException.FieldError;
import de.podium.platform.control.Texts;
import de.podium.registration.entity.Answer;
import de.podium.registration.entity.Registration;

/**
 * A person's answers to the conference's registration questions: checked against the questions of their category,
 * stored, changed through the manage link until the conference starts, erased with the person.
 * <p>
 * An answer choosing an option with a capacity holds one of its places from the moment it is stored until the
 * registration ends (cancelled, rejected, expired), is erased, or the answer is changed. Places are taken by
 * conditional UPDATEs ({@code taken < capacity}) in option-id order, the last statements before the category's
 * counters, so the lock order is always options, then category, then conference; a registration that finds an
 * option full is refused as a whole (409 {@code option_full}), nothing of it stored.
 */
@ApplicationScoped
public class Answers {

    static final int MAX_TEXT = 2000;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    Questions questions;

    public List<Answer> of(Registration registration) {
        return em.createNamedQuery(Answer.OF_REGISTRATION, Answer.class).setParameter("registration", registration)
                .getResultList();
    }

    /** The answers of many registrations (an export, the list), by registration id. */
    public Map<Long, List<Answer>> of(Collection<Registration> registrations) {
        Map<Long, List<Answer>> byRegistration = new HashMap<>();
        List<Long> ids = registrations.stream().map(Registration::getId).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createNamedQuery(Answer.OF_REGISTRATIONS, Answer.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()
                    .forEach(a -> byRegistration.computeIfAbsent(a.getRegistration().getId(), k -> new ArrayList<>()).add(a));
        }
        return byRegistration;
    }

    public List<Question> questionsOf(Conference conference) {
        return questions.of(conference);
    }

    public List<Question> askedOf(Category category) {
        return questions.askedOf(category);
    }

    /**
     * Checks and stores the answers of a new registration (already persisted); its option places are taken by
     * {@link #takePlaces} as the last statements before the category's counters.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Answer> record(Registration registration, Map<String, Object> given, Boolean sensitiveConsent) {
        List<Answer> recorded = checked(registration, given, sensitiveConsent);
        recorded.forEach(em::persist);
        return recorded;
    }

    /** The manage link: the answers replace the former ones until the conference starts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(Registration registration, Map<String, Object> given, Boolean sensitiveConsent) {
        if (!registration.getStatus().isActive() || registration.isAnonymised()) {
            throw new PodiumException.Conflict("illegal_transition", "error.answer.notActive");
        }
        if (!changeable(registration)) {
            throw new PodiumException.Conflict("answers_closed", "error.answer.deadline");
        }
        List<Answer> fresh = checked(registration, given, sensitiveConsent);
        releasePlaces(registration);
        for (Answer old : of(registration)) {
            em.remove(old);
        }
        em.flush();
        fresh.forEach(em::persist);
        em.flush();
        takePlaces(registration);
    }

    /** Answers change through the manage link until the conference starts (in its time zone). */
    public boolean changeable(Registration registration) {
        return Instant.now().isBefore(deadline(registration.getConference()));
    }

    public static Instant deadline(Conference conference) {
        return conference.getStartsAt().atZone(conference.zone()).toInstant();
    }

    /** Takes a place of every chosen option with a capacity, in option-id order; 409 option_full when one has none left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takePlaces(Registration registration) {
        takePlaces(of(registration));
    }

    /** As {@link #takePlaces(Registration)} for answers just recorded (no need to read them back). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takePlaces(List<Answer> answers) {
        for (Answer answer : limited(answers)) {
            int updated = em.createNativeQuery("UPDATE question_option SET taken = taken + 1 "
                            + "WHERE id = ?1 AND capacity IS NOT NULL AND taken < capacity")
                    .setParameter(1, answer.getOption().getId()).executeUpdate();
            if (updated == 0) {
                throw PodiumException.Conflict.onField("answers." + answer.getQuestion().getCode(), "option_full",
                        "error.answer.optionFull", answer.getOption().getLabel());
            }
        }
    }

    /** Gives back the option places of a registration that ends; its answers stay for the organizers' records. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releasePlaces(Registration registration) {
        for (Answer answer : limited(of(registration))) {
            em.createNativeQuery("UPDATE question_option SET taken = taken - 1 WHERE id = ?1 AND taken > 0")
                    .setParameter(1, answer.getOption().getId()).executeUpdate();
        }
    }

    /** Erasure: the answers go (places of a registration still active given back first). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Registration registration) {
        if (registration.getStatus().isActive()) {
            releasePlaces(registration);
        }
        em.createQuery("DELETE FROM Answer a WHERE a.registration = :registration")
                .setParameter("registration", registration).executeUpdate();
    }

    /** A registration moved to another category keeps only the answers to questions that category is asked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepAskedOf(Registration registration, Category to) {
        List<Answer> dropped = of(registration).stream().filter(a -> !a.getQuestion().appliesTo(to)).toList();
        if (registration.getStatus().isActive()) {
            dropped.stream().filter(Answers::holdsPlace).sorted(Comparator.comparing(a -> a.getOption().getId()))
                    .forEach(a -> em.createNativeQuery(
                                    "UPDATE question_option SET taken = taken - 1 WHERE id = ?1 AND taken > 0")
                            .setParameter(1, a.getOption().getId()).executeUpdate());
        }
        dropped.forEach(em::remove);
    }

    private static List<Answer> limited(List<Answer> answers) {
        return answers.stream().filter(Answers::holdsPlace)
                .sorted(Comparator.comparing(a -> a.getOption().getId())).toList();
    }

    private static boolean holdsPlace(Answer answer) {
        return answer.getOption() != null && answer.getOption().getCapacity() != null;
    }

    /** The answers as the API shows them: code → text, true/false, option code or list of option codes. */
    public static Map<String, Object> json(List<Answer> answers) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Answer a : answers) {
            Question q = a.getQuestion();
            switch (q.getType()) {
                case TEXT -> json.put(q.getCode(), a.getText());
                case YES_NO -> json.put(q.getCode(), a.isYes());
                case SINGLE -> json.put(q.getCode(), a.getOption().getCode());
                case MULTI -> {
                    @SuppressWarnings("unchecked")
                    List<String> codes = (List<String>) json.computeIfAbsent(q.getCode(), k -> new ArrayList<String>());
                    codes.add(a.getOption().getCode());
                }
            }
        }
        return json;
    }

    /** One question's answer as a person reads it: the text, Ja/Nein, the option labels joined with ", ". */
    public static String words(Question question, List<Answer> answers, Locale locale) {
        List<Answer> own = answers.stream().filter(a -> a.getQuestion().getId().equals(question.getId())).toList();
        if (own.isEmpty()) {
            return null;
        }
        return switch (question.getType()) {
            case TEXT -> own.get(0).getText();
            case YES_NO -> Texts.get(locale, own.get(0).isYes() ? "registration.export.yes" : "registration.export.no");
            case SINGLE, MULTI -> own.stream().sorted(Comparator.comparingInt(a -> a.getOption().getPosition()))
                    .map(a -> a.getOption().localizedLabel(locale)).collect(Collectors.joining(", "));
        };
    }

    private List<Answer> checked(Registration registration, Map<String, Object> given, Boolean sensitiveConsent) {
        Map<String, Object> answers = given == null ? Map.of() : given;
        List<Question> all = questions.of(registration.getConference());
        Map<String, Question> asked = new LinkedHashMap<>();
        all.stream().filter(q -> q.appliesTo(registration.getCategory())).forEach(q -> asked.put(q.getCode(), q));
        List<FieldError> errors = new ArrayList<>();
        for (String code : answers.keySet()) {
            if (!asked.containsKey(code)) {
                errors.add(new FieldError("answers." + code, "error.answer.unknownQuestion", code));
            }
        }
        List<Answer> result = new ArrayList<>();
        boolean sensitiveGiven = false;
        for (Question question : asked.values()) {
            Object value = answers.get(question.getCode());
            String field = "answers." + question.getCode();
            if (isEmpty(value)) {
                if (question.isRequired()) {
                    errors.add(new FieldError(field, "error.answer.required"));
                }
                continue;
            }
            sensitiveGiven |= question.isSensitive();
            answer(registration, question, value, field, errors, result);
        }
        if (sensitiveGiven && !Boolean.TRUE.equals(sensitiveConsent)) {
            errors.add(new FieldError("sensitiveConsent", "error.answer.sensitiveConsent"));
        }
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        return result;
    }

    private static void answer(Registration registration, Question question, Object value, String field,
                               List<FieldError> errors, List<Answer> result) {
        switch (question.getType()) {
            case TEXT -> {
                String text = value instanceof String s ? s.strip() : null;
                if (text == null || text.length() > MAX_TEXT || hasControlCharacters(text)) {
                    errors.add(new FieldError(field, "error.answer.text", MAX_TEXT));
                } else {
                    result.add(Answer.text(registration, question, text));
                }
            }
            case YES_NO -> {
                Boolean yes = yesNo(value);
                if (yes == null) {
                    errors.add(new FieldError(field, "error.answer.yesNo"));
                } else {
                    result.add(Answer.yesNo(registration, question, yes));
                }
            }
            case SINGLE, MULTI -> {
                List<?> codes = value instanceof List<?> list ? list : List.of(value);
                if (question.getType() == de.podium.event.entity.QuestionType.SINGLE && codes.size() != 1) {
                    errors.add(new FieldError(field, "error.answer.single"));
                    return;
                }
                Set<QuestionOption> chosen = new LinkedHashSet<>();
                for (Object code : codes) {
                    QuestionOption option = code instanceof String s ? question.option(s.strip()).orElse(null) : null;
                    if (option == null) {
                        errors.add(new FieldError(field, "error.answer.unknownOption", String.valueOf(code)));
                        return;
                    }
                    chosen.add(option);
                }
                chosen.forEach(o -> result.add(Answer.choice(registration, question, o)));
            }
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty();
    }

    private static Boolean yesNo(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "ja" -> Boolean.TRUE;
                case "false", "no", "nein" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

    /** Line breaks are fine in a text answer; other control characters are not. */
    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
