package de.podium.registration.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import de.podium.event.entity.Category;
import de.podium.event.entity.Question;
import de.podium.event.entity.QuestionOption;
import de.podium.event.entity.QuestionType;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PodiumException.FieldError;
import de.podium.platform.control.Texts;

/**
 * The registration questions as plain fields of a form ({@code answer-CODE}), read back from the posted parameters,
 * so a stateless view shows again what was typed. Sensitive questions (health, diet) sit behind the consent box
 * {@code sensitiveConsent}; without it their answers are not sent at all.
 */
public final class AnswerForm {

    static final String PREFIX = "answer-";
    static final String CONSENT = "sensitiveConsent";

    private final List<Question> questions;
    private final Locale locale;
    private final Map<String, String[]> posted;
    private final Map<String, Object> stored;
    private final String formId;
    private final Map<String, String> errors = new HashMap<>();

    /**
     * @param stored the answers already given (manage page), shown until the form is posted
     * @param formId the id of the form the fields are in: when it was posted, its values are shown again
     */
    AnswerForm(List<Question> questions, Locale locale, Map<String, String[]> posted, Map<String, Object> stored,
               String formId) {
        this.questions = questions;
        this.locale = locale;
        this.posted = posted;
        this.stored = stored;
        this.formId = formId;
    }

    private boolean isPostback() {
        return posted.containsKey(formId);
    }

    public List<Field> getFields() {
        return questions.stream().filter(q -> !q.isSensitive()).map(Field::new).toList();
    }

    public List<Field> getSensitiveFields() {
        return questions.stream().filter(Question::isSensitive).map(Field::new).toList();
    }

    public boolean isConsent() {
        return isPostback() ? posted.containsKey(CONSENT)
                : questions.stream().anyMatch(q -> q.isSensitive() && stored.containsKey(q.getCode()));
    }

    public String getConsentError() {
        return errors.get(CONSENT);
    }

    /** The answers to send for a person of the category (null: every question), sensitive ones only with consent. */
    Map<String, Object> answers(Category category) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : questions) {
            if (category != null && !q.appliesTo(category) || q.isSensitive() && !isConsent()) {
                continue;
            }
            String[] values = posted.get(PREFIX + q.getCode());
            if (values == null) {
                continue;
            }
            answers.put(q.getCode(), q.getType() == QuestionType.MULTI
                    ? Arrays.asList(values) : values[0]);
        }
        return answers;
    }

    boolean consentGiven() {
        return isConsent();
    }

    /**
     * Takes the failures about answers to show them next to their questions; answers what is left for the form's
     * other fields (null when nothing is).
     */
    RuntimeException absorb(RuntimeException failure) {
        if (failure instanceof PodiumException.Conflict conflict && conflict.field() != null
                && conflict.field().startsWith("answers.")) {
            errors.put(conflict.field().substring("answers.".length()),
                    Texts.get(locale, conflict.messageKey(), conflict.args()));
            return null;
        }
        if (!(failure instanceof PodiumException.Invalid invalid)) {
            return failure;
        }
        List<FieldError> rest = new ArrayList<>();
        for (FieldError error : invalid.fieldErrors()) {
            String text = Texts.get(locale, error.messageKey(), error.args());
            if (error.field().startsWith("answers.")) {
                errors.put(error.field().substring("answers.".length()), text);
            } else if (error.field().equals(CONSENT)) {
                errors.put(CONSENT, text);
            } else {
                rest.add(error);
            }
        }
        return rest.isEmpty() ? null : new PodiumException.Invalid(rest);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** One question as the page shows it. */
    public final class Field {
        private final Question question;

        Field(Question question) {
            this.question = question;
        }

        public String getId() {
            return PREFIX + question.getCode();
        }

        public String getType() {
            return question.getType().name().toLowerCase(Locale.ROOT);
        }

        public String getLabel() {
            return question.localizedLabel(locale) + (question.isRequired() ? " *" : "");
        }

        public boolean isRequired() {
            return question.isRequired();
        }

        /** "Nur für: Gast, Presse" for a question of some categories. */
        public String getNote() {
            if (question.getCategories().isEmpty()) {
                return null;
            }
            return Texts.get(locale, "register.question.onlyFor", question.getConference().getCategories().stream()
                    .filter(c -> question.getCategories().contains(c.getCode())).map(c -> c.localizedName(locale))
                    .collect(Collectors.joining(", ")));
        }

        public String getError() {
            return errors.get(question.getCode());
        }

        public String getDescribedBy() {
            return getNote() == null ? getId() + "-error" : getId() + "-note " + getId() + "-error";
        }

        public String getText() {
            List<String> values = values();
            return values.isEmpty() ? "" : values.get(0);
        }

        public boolean isAnswered() {
            return values().stream().anyMatch(v -> !v.isBlank());
        }

        public boolean isYes() {
            return values().contains("true");
        }

        public boolean isNo() {
            return values().contains("false");
        }

        public List<Choice> getOptions() {
            List<String> chosen = values();
            return question.getOptions().stream().map(o -> new Choice(getId() + "-" + o.getCode().toLowerCase(Locale.ROOT),
                    o.getCode(), label(o), chosen.contains(o.getCode()), o.isFull() && !chosen.contains(o.getCode())))
                    .toList();
        }

        private String label(QuestionOption option) {
            return option.isFull() ? Texts.get(locale, "register.option.full", option.localizedLabel(locale))
                    : option.localizedLabel(locale);
        }

        private List<String> values() {
            if (isPostback()) {
                String[] values = posted.get(getId());
                return values == null ? List.of() : Arrays.asList(values);
            }
            Object value = stored.get(question.getCode());
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            return List.of(String.valueOf(value));
        }
    }

    /** An option: checked when chosen, disabled when full (unless it is the person's own choice). */
    public record Choice(String id, String value, String label, boolean checked, boolean disabled) {
        public String getId() { return id; }
        public String getValue() { return value; }
        public String getLabel() { return label; }
        public boolean isChecked() { return checked; }
        public boolean isDisabled() { return disabled; }
    }
}
