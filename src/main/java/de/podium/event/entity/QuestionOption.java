package de.podium.event.entity;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One choice of a single or multiple choice question, optionally with places of its own (Forum A: 40). */
@Entity
@Table(name = "question_option")
public class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    private String code;
    private String label;
    @Column(name = "label_en")
    private String labelEn;
    private Integer capacity;
    /** Places taken, maintained by conditional UPDATEs of the registration feature, never written here. */
    @Column(insertable = false, updatable = false)
    private int taken;
    private int position;

    protected QuestionOption() {
    }

    QuestionOption(Question question, String code) {
        this.question = question;
        this.code = code;
    }

    public String localizedLabel(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank() ? labelEn : label;
    }

    /** Places left, or null without a limit. */
    public Integer available() {
        return capacity == null ? null : Math.max(0, capacity - taken);
    }

    public boolean isFull() {
        return capacity != null && taken >= capacity;
    }

    public Long getId() { return id; }
    public Question getQuestion() { return question; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
    public String getLabelEn() { return labelEn; }
    public void label(String german, String english) {
        this.label = german;
        this.labelEn = english;
    }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public int getTaken() { return taken; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
