package de.podium.event.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.event.control.ConferenceService;
import de.podium.event.control.QuestionData;
import de.podium.event.control.Questions;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Question;
import de.podium.platform.boundary.ConstraintViolationMapper;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/**
 * The organizer's registration questions of a conference: /organizer/conferences/{slug}/questions. List, add, edit,
 * move up, delete; every change sends the whole list through {@link Questions#define}, as the API does.
 */
@Named
@ViewScoped
public class QuestionsEditor implements Serializable {

    static final String FORM = "question";
    private static final Pattern FIELD = Pattern.compile("questions\\[(\\d+)]\\.(\\w+).*");

    @Inject
    Questions questions;

    @Inject
    ConferenceService conferences;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    /** Code of the question being edited, null for a new one. */
    private String editing;
    private String code;
    private String type = "TEXT";
    private String labelDe;
    private String labelEn;
    private boolean required;
    private boolean sensitive;
    private List<String> categories = new ArrayList<>();
    private String options;

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            conferences.forOrganizer(slug);
        });
    }

    public List<Row> getQuestions() {
        Conference conference = conferences.forOrganizer(slug);
        Locale locale = localeSelection.getLocale();
        return questions.of(conference).stream().map(q -> new Row(q.getCode(), q.localizedLabel(locale),
                Texts.get(locale, "organizer.questions.type." + q.getType().name()),
                Texts.get(locale, q.isRequired() ? "registration.export.yes" : "registration.export.no"),
                Texts.get(locale, q.isSensitive() ? "registration.export.yes" : "registration.export.no"),
                q.getCategories().isEmpty() ? Texts.get(locale, "organizer.questions.allCategories")
                        : conference.getCategories().stream().filter(c -> q.getCategories().contains(c.getCode()))
                        .map(c -> c.localizedName(locale)).collect(Collectors.joining(", ")),
                q.getOptions().stream().map(o -> o.getCapacity() == null ? o.localizedLabel(locale)
                        : Texts.get(locale, "organizer.questions.optionPlaces", o.localizedLabel(locale), o.getTaken(),
                        o.getCapacity())).collect(Collectors.joining(", ")))).toList();
    }

    public List<SelectItem> getCategoryItems() {
        return conferences.forOrganizer(slug).getCategories().stream()
                .map(c -> new SelectItem(c.getCode(), c.localizedName(localeSelection.getLocale()))).toList();
    }

    public List<SelectItem> getTypes() {
        return List.of("TEXT", "YES_NO", "SINGLE", "MULTI").stream()
                .map(t -> new SelectItem(t, Texts.get(localeSelection.getLocale(), "organizer.questions.type." + t)))
                .toList();
    }

    public void edit(String questionCode) {
        Question q = current().stream().filter(x -> x.getCode().equals(questionCode)).findFirst().orElse(null);
        if (q == null) {
            return;
        }
        editing = q.getCode();
        code = q.getCode();
        type = q.getType().name();
        labelDe = q.getLabel();
        labelEn = q.getLabelEn();
        required = q.isRequired();
        sensitive = q.isSensitive();
        categories = new ArrayList<>(q.getCategories());
        options = q.getOptions().stream().map(o -> String.join("; ", o.getCode(), o.getLabel(),
                o.getLabelEn() == null ? "" : o.getLabelEn(), o.getCapacity() == null ? "" : o.getCapacity().toString())
                .replaceAll("(; )+$", "")).collect(Collectors.joining("\n"));
    }

    public void startNew() {
        editing = null;
        code = null;
        type = "TEXT";
        labelDe = null;
        labelEn = null;
        required = false;
        sensitive = false;
        categories = new ArrayList<>();
        options = null;
    }

    public void save() {
        QuestionData data;
        try {
            data = form();
        } catch (IllegalArgumentException e) {
            fieldError("options", Texts.get(localeSelection.getLocale(), "organizer.questions.optionsFormat"));
            return;
        }
        int position = questions.position(slug, editing);
        if (changed(() -> questions.save(slug, editing, data), position)) {
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.questions.saved"));
            startNew();
        }
    }

    public void moveUp(String questionCode) {
        changed(() -> questions.moveUp(slug, questionCode), -1);
    }

    /** Only a question nobody answered yet can go; the service refuses the others. */
    public void delete(String questionCode) {
        if (changed(() -> questions.remove(slug, questionCode), -1)) {
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.questions.deleted"));
            startNew();
        }
    }

    /** Runs a change; its errors go next to the fields of the question at {@code edited}, or to the top. */
    private boolean changed(Runnable change, int edited) {
        try {
            change.run();
            return true;
        } catch (PodiumException.Invalid e) {
            e.fieldErrors().forEach(f -> show(f.field(), Texts.get(localeSelection.getLocale(), f.messageKey(), f.args()),
                    edited));
        } catch (ConstraintViolationException e) {
            ConstraintViolationMapper.fields(e, localeSelection.getLocale()).forEach(f -> show(f.field(), f.message(), edited));
        } catch (PodiumException e) {
            global(Texts.get(localeSelection.getLocale(), e.messageKey(), e.args()));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    /** An error of the edited question goes next to its field, any other at the top of the form. */
    private void show(String field, String message, int edited) {
        Matcher m = FIELD.matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) == edited) {
            String name = switch (m.group(2)) {
                case "label" -> field.endsWith(".en") ? "labelEn" : "labelDe";
                case "code", "type", "options", "categories" -> m.group(2);
                default -> null;
            };
            if (name != null) {
                fieldError(name, message);
                return;
            }
        }
        global(message);
    }

    private void fieldError(String field, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = FORM + ":" + field;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        if (faces.getViewRoot().findComponent(clientId) instanceof jakarta.faces.component.EditableValueHolder input) {
            input.setValid(false);
        }
        faces.validationFailed();
    }

    private static void global(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private List<Question> current() {
        return questions.of(conferences.forOrganizer(slug));
    }

    /** The form as a definition; options one per line: code; German; English; places (the last two optional). */
    private QuestionData form() {
        QuestionData data = new QuestionData();
        data.code = editing != null ? editing : code == null ? null : code.strip();
        data.type = type;
        data.label = new QuestionData.Label();
        data.label.de = labelDe;
        data.label.en = labelEn;
        data.required = required;
        data.sensitive = sensitive;
        data.categories = new ArrayList<>(categories);
        data.options = new ArrayList<>();
        if (options != null) {
            for (String line : options.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(";", -1);
                QuestionData.OptionData option = new QuestionData.OptionData();
                option.code = parts[0].strip();
                option.label = new QuestionData.Label();
                option.label.de = parts.length > 1 ? parts[1].strip() : "";
                option.label.en = parts.length > 2 ? Texts.blankToNull(parts[2].strip()) : null;
                option.capacity = parts.length > 3 && !parts[3].isBlank() ? Integer.valueOf(parts[3].strip()) : null;
                data.options.add(option);
            }
        }
        return data;
    }

    public record Row(String code, String label, String type, String required, String sensitive, String categories,
                      String options) implements Serializable {
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getEditing() { return editing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getLabelDe() { return labelDe; }
    public void setLabelDe(String labelDe) { this.labelDe = labelDe; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public boolean isSensitive() { return sensitive; }
    public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
}
