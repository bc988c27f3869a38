package de.podium.event.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import de.podium.event.entity.Question;
import de.podium.event.entity.QuestionOption;
import de.podium.platform.control.PlainText;

/** A registration question as the organizer defines it (API.md, Protocol: questions). */
public class QuestionData {

    static final String CODE = "[A-Z][A-Z0-9_]{0,39}";

    @NotBlank
    @Pattern(regexp = CODE, message = "{podium.code.pattern}")
    public String code;
    @NotBlank
    @Pattern(regexp = "TEXT|YES_NO|SINGLE|MULTI", message = "{podium.questionType.pattern}")
    public String type;
    @NotNull
    @Valid
    public Label label;
    public boolean required;
    public boolean sensitive;
    @Size(max = 50)
    public List<@NotBlank @Size(max = 40) String> categories;
    @Valid
    @Size(max = 50)
    public List<@NotNull @Valid OptionData> options;

    /** A stored question as its definition, so that one question of the list can be changed and the list defined again. */
    public static QuestionData of(Question q) {
        QuestionData data = new QuestionData();
        data.code = q.getCode();
        data.type = q.getType().name();
        data.label = Label.of(q.getLabel(), q.getLabelEn());
        data.required = q.isRequired();
        data.sensitive = q.isSensitive();
        data.categories = new ArrayList<>(q.getCategories());
        data.options = new ArrayList<>();
        for (QuestionOption o : q.getOptions()) {
            OptionData option = new OptionData();
            option.code = o.getCode();
            option.label = Label.of(o.getLabel(), o.getLabelEn());
            option.capacity = o.getCapacity();
            data.options.add(option);
        }
        return data;
    }

    /** German text, English optional (German is shown where it is missing). */
    public static class Label {
        @NotBlank
        @PlainText(max = 300)
        public String de;
        @PlainText(max = 300)
        public String en;

        static Label of(String de, String en) {
            Label label = new Label();
            label.de = de;
            label.en = en;
            return label;
        }
    }

    public static class OptionData {
        @NotBlank
        @Pattern(regexp = CODE, message = "{podium.code.pattern}")
        public String code;
        @NotNull
        @Valid
        public Label label;
        @PositiveOrZero
        public Integer capacity;
    }

    /** The whole list, so that each item is validated and named as {@code questions[i].field}. */
    public static class QuestionList {
        @NotNull
        @Valid
        @Size(max = 50)
        public List<@NotNull @Valid QuestionData> questions;

        public QuestionList(List<QuestionData> questions) {
            this.questions = questions;
        }
    }
}
