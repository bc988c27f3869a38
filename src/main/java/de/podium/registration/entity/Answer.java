package de.podium.registration.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import de.podium.event.entity.Question;
import de.podium.event.entity.QuestionOption;

/**
 * A person's answer to one registration question: the text, yes/no, or one chosen option (a multiple choice has a
 * row per chosen option). Erased with the person.
 */
@Entity
@Table(name = "registration_answer")
@NamedQuery(name = Answer.OF_REGISTRATION,
        query = "SELECT a FROM Answer a WHERE a.registration = :registration ORDER BY a.id")
@NamedQuery(name = Answer.OF_REGISTRATIONS,
        query = "SELECT a FROM Answer a WHERE a.registration.id IN :ids ORDER BY a.id")
@NamedQuery(name = Answer.OF_QUESTION, query = "SELECT a FROM Answer a WHERE a.question = :question")
public class Answer {

    public static final String OF_QUESTION = "Answer.ofQuestion";
    public static final String OF_REGISTRATION = "Answer.ofRegistration";
    public static final String OF_REGISTRATIONS = "Answer.ofRegistrations";

    public static final String YES = "true";
    public static final String NO = "false";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @ManyToOne
    @JoinColumn(name = "option_id")
    private QuestionOption option;

    @Column(name = "answer_text")
    private String text;

    @Column(name = "consented_at")
    private Instant consentedAt;

    protected Answer() {
    }

    private Answer(Registration registration, Question question, QuestionOption option, String text) {
        this.registration = registration;
        this.question = question;
        this.option = option;
        this.text = text;
        this.consentedAt = question.isSensitive() ? Instant.now() : null;
    }

    public static Answer text(Registration registration, Question question, String text) {
        return new Answer(registration, question, null, text);
    }

    public static Answer yesNo(Registration registration, Question question, boolean yes) {
        return new Answer(registration, question, null, yes ? YES : NO);
    }

    public static Answer choice(Registration registration, Question question, QuestionOption option) {
        return new Answer(registration, question, option, null);
    }

    public boolean isYes() {
        return YES.equals(text);
    }

    public Long getId() { return id; }
    public Registration getRegistration() { return registration; }
    public Question getQuestion() { return question; }
    public QuestionOption getOption() { return option; }
    public String getText() { return text; }
    public Instant getConsentedAt() { return consentedAt; }
}
