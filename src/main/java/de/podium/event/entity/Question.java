package de.podium.event.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A question the organizer asks at registration, for all categories or some. Sensitive questions (health, diet:
 * GDPR Art. 9) are answered only with the person's explicit consent and shown only to organizers.
 */
@Entity
@NamedQuery(name = Question.OF_CONFERENCE,
        query = "SELECT q FROM Question q WHERE q.conference = :conference ORDER BY q.position, q.id")
public class Question {

    public static final String OF_CONFERENCE = "Question.ofConference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    private String code;
    @Enumerated(EnumType.STRING)
    private QuestionType type;
    private String label;
    @Column(name = "label_en")
    private String labelEn;
    private boolean required;
    private boolean sensitive;
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_category", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "category_code")
    private Set<String> categories = new LinkedHashSet<>();

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
    }

    public Question(Conference conference, String code, QuestionType type) {
        this.conference = conference;
        this.code = code;
        this.type = type;
    }

    /** Whether people of this category are asked: none named means everyone. */
    public boolean appliesTo(Category category) {
        return categories.isEmpty() || categories.contains(category.getCode());
    }

    public String localizedLabel(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank() ? labelEn : label;
    }

    public Optional<QuestionOption> option(String code) {
        return options.stream().filter(o -> o.getCode().equals(code)).findFirst();
    }

    public QuestionOption addOption(String code) {
        QuestionOption option = new QuestionOption(this, code);
        options.add(option);
        return option;
    }

    public Long getId() { return id; }
    public Conference getConference() { return conference; }
    public String getCode() { return code; }
    public QuestionType getType() { return type; }
    public void setType(QuestionType type) { this.type = type; }
    public String getLabel() { return label; }
    public String getLabelEn() { return labelEn; }
    public void label(String german, String english) {
        this.label = german;
        this.labelEn = english;
    }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public boolean isSensitive() { return sensitive; }
    public void setSensitive(boolean sensitive) { this.sensitive = sensitive; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public Set<String> getCategories() { return categories; }
    public List<QuestionOption> getOptions() { return options; }
}
