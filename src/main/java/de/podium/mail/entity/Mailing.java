package de.podium.mail.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An organizer's bulk mail to one segment, written in German and optionally English. */
@Entity
public class Mailing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id")
    private Long conferenceId;
    private String segment;
    @Column(name = "subject_de")
    private String subjectDe;
    @Column(name = "body_de")
    private String bodyDe;
    @Column(name = "subject_en")
    private String subjectEn;
    @Column(name = "body_en")
    private String bodyEn;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    private int recipients;
    private String confirmation;

    protected Mailing() {
    }

    public Mailing(Long conferenceId, String segment, String createdBy) {
        this.conferenceId = conferenceId;
        this.segment = segment;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public void write(String germanSubject, String germanBody, String englishSubject, String englishBody) {
        this.subjectDe = germanSubject;
        this.bodyDe = germanBody;
        this.subjectEn = englishSubject;
        this.bodyEn = englishBody;
    }

    /** English readers get the English text when there is one, everybody else the German. */
    public String subject(String language) {
        return "en".equals(language) && subjectEn != null ? subjectEn : subjectDe;
    }

    public String body(String language) {
        return "en".equals(language) && bodyEn != null ? bodyEn : bodyDe;
    }

    /** The preview's confirmation this circular was sent with: the same preview cannot send twice. */
    public void confirmedWith(String confirmation) {
        this.confirmation = confirmation;
    }

    public void countRecipients(int count) {
        this.recipients = count;
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public String getSegment() { return segment; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public int getRecipients() { return recipients; }
}
