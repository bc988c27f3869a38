package de.podium.event.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Question;
import de.podium.event.entity.QuestionOption;
import de.podium.event.entity.QuestionType;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PodiumException.FieldError;
import de.podium.platform.control.PublicContentChanged;
import de.podium.platform.control.Texts;

/**
 * The organizer's registration questions of a conference, defined as one ordered list. A question or option that
 * was answered is never deleted and a question's type stays once answered, so stored answers keep their meaning;
 * an option's capacity never drops below the places taken (its row is locked while that is checked, as
 * registrations take places by conditional UPDATEs on it).
 */
@ApplicationScoped
public class Questions {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    InputValidator validator;

    @Inject
    Event<PublicContentChanged> publicChanges;

    public List<Question> of(Conference conference) {
        return em.createNamedQuery(Question.OF_CONFERENCE, Question.class).setParameter("conference", conference)
                .getResultList();
    }

    /** The questions people of the category are asked, in the organizer's order. */
    public List<Question> askedOf(Category category) {
        return of(category.getConference()).stream().filter(q -> q.appliesTo(category)).toList();
    }

    /** The place one question has (or, for a new one, will have) in the list {@link #define} checks: for its errors. */
    public int position(String slug, String code) {
        List<QuestionData> list = definitions(slug);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code.equals(code)) {
                return i;
            }
        }
        return list.size();
    }

    /** One question edited on the organizer's page: in place of {@code editedCode}, or added as the last one. */
    @Transactional
    public List<Question> save(String slug, String editedCode, QuestionData question) {
        List<QuestionData> list = definitions(slug);
        int at = position(slug, editedCode);
        if (at < list.size()) {
            list.set(at, question);
        } else {
            list.add(question);
        }
        return define(slug, list);
    }

    /** One place earlier in the order. */
    @Transactional
    public List<Question> moveUp(String slug, String code) {
        List<QuestionData> list = definitions(slug);
        int at = position(slug, code);
        if (at > 0 && at < list.size()) {
            list.add(at - 1, list.remove(at));
        }
        return define(slug, list);
    }

    /** Deletes one question; {@link #define} refuses it once answered. */
    @Transactional
    public List<Question> remove(String slug, String code) {
        List<QuestionData> list = definitions(slug);
        list.removeIf(d -> d.code.equals(code));
        return define(slug, list);
    }

    private List<QuestionData> definitions(String slug) {
        return of(conferences.forOrganizer(slug)).stream().map(QuestionData::of)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** Replaces the conference's questions by the list: matched by code, new ones added, missing ones deleted. */
    @Transactional
    public List<Question> define(String slug, List<QuestionData> list) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(new QuestionData.QuestionList(list));
        Map<String, Question> existing = new LinkedHashMap<>();
        of(conference).forEach(q -> existing.put(q.getCode(), q));
        lockOptions(existing.values());
        List<FieldError> errors = new ArrayList<>();
        checkList(conference, list, existing, errors);
        Set<String> kept = new HashSet<>();
        list.forEach(d -> kept.add(d.code.strip()));
        for (Question gone : existing.values()) {
            if (!kept.contains(gone.getCode()) && answered(gone)) {
                errors.add(new FieldError("questions", "error.question.answeredDelete", gone.getLabel()));
            }
        }
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        for (Question gone : existing.values()) {
            if (!kept.contains(gone.getCode())) {
                em.remove(gone);
            }
        }
        List<Question> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            QuestionData data = list.get(i);
            Question question = existing.get(data.code.strip());
            if (question == null) {
                question = new Question(conference, data.code.strip(), QuestionType.valueOf(data.type));
                apply(question, data, i);
                em.persist(question);
            } else {
                apply(question, data, i);
            }
            result.add(question);
        }
        em.flush();
        publicChanges.fire(PublicContentChanged.content(slug));
        return result;
    }

    private void checkList(Conference conference, List<QuestionData> list, Map<String, Question> existing,
                           List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            QuestionData data = list.get(i);
            String field = "questions[" + i + "]";
            String code = data.code.strip();
            if (!codes.add(code)) {
                errors.add(new FieldError(field + ".code", "error.question.codeTwice", code));
            }
            QuestionType type = QuestionType.valueOf(data.type);
            List<QuestionData.OptionData> options = data.options == null ? List.of() : data.options;
            if (type.hasOptions() && options.isEmpty()) {
                errors.add(new FieldError(field + ".options", "error.question.optionsMissing"));
            }
            if (!type.hasOptions() && !options.isEmpty()) {
                errors.add(new FieldError(field + ".options", "error.question.optionsNotAllowed"));
            }
            if (data.categories != null) {
                for (String category : data.categories) {
                    if (conference.category(category.strip()).isEmpty()) {
                        errors.add(new FieldError(field + ".categories", "error.registration.category.unknown", category));
                    }
                }
            }
            Question before = existing.get(code);
            if (before != null && before.getType() != type && answered(before)) {
                errors.add(new FieldError(field + ".type", "error.question.answeredType"));
            }
            checkOptions(field, options, before, errors);
        }
    }

    private void checkOptions(String field, List<QuestionData.OptionData> options, Question before,
                              List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            QuestionData.OptionData option = options.get(j);
            String code = option.code.strip();
            if (!codes.add(code)) {
                errors.add(new FieldError(field + ".options[" + j + "].code", "error.question.codeTwice", code));
            }
            QuestionOption old = before == null ? null : before.option(code).orElse(null);
            if (old != null && option.capacity != null && option.capacity < old.getTaken()) {
                errors.add(new FieldError(field + ".options[" + j + "].capacity", "error.question.capacityBelowTaken",
                        old.getTaken()));
            }
        }
        if (before != null) {
            for (QuestionOption old : before.getOptions()) {
                if (!codes.contains(old.getCode()) && answered(old)) {
                    errors.add(new FieldError(field + ".options", "error.question.answeredOption", old.getLabel()));
                }
            }
        }
    }

    private static void apply(Question question, QuestionData data, int position) {
        question.setType(QuestionType.valueOf(data.type));
        question.label(data.label.de.strip(), Texts.blankToNull(data.label.en));
        question.setRequired(data.required);
        question.setSensitive(data.sensitive);
        question.setPosition(position);
        question.getCategories().clear();
        if (data.categories != null) {
            data.categories.forEach(c -> question.getCategories().add(c.strip()));
        }
        List<QuestionData.OptionData> options = data.options == null ? List.of() : data.options;
        Set<String> codes = new HashSet<>();
        options.forEach(o -> codes.add(o.code.strip()));
        question.getOptions().removeIf(o -> !codes.contains(o.getCode()));
        for (int j = 0; j < options.size(); j++) {
            QuestionData.OptionData optionData = options.get(j);
            QuestionOption option = question.option(optionData.code.strip()).orElseGet(() -> question.addOption(optionData.code.strip()));
            option.label(optionData.label.de.strip(), Texts.blankToNull(optionData.label.en));
            option.setCapacity(optionData.capacity);
            option.setPosition(j);
        }
        question.getOptions().sort(Comparator.comparingInt(QuestionOption::getPosition));
    }

    /** In id order, the order registrations take option places in, so the two never deadlock. */
    private void lockOptions(java.util.Collection<Question> questions) {
        questions.stream().flatMap(q -> q.getOptions().stream()).filter(o -> o.getId() != null)
                .sorted(Comparator.comparing(QuestionOption::getId))
                .forEach(o -> em.refresh(o, LockModeType.PESSIMISTIC_WRITE));
    }

    private boolean answered(Question question) {
        return count("SELECT COUNT(*) FROM registration_answer WHERE question_id = ?1", question.getId()) > 0;
    }

    private boolean answered(QuestionOption option) {
        return option.getTaken() > 0
                || count("SELECT COUNT(*) FROM registration_answer WHERE option_id = ?1", option.getId()) > 0;
    }

    private long count(String sql, Long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
