package de.podium.mail.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The organizer's own subject and body of one mail kind in one language, replacing the default for their conference. */
@Entity
@Table(name = "mail_text")
public class MailText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id")
    private Long conferenceId;
    private String kind;
    private String locale;
    private String subject;
    private String body;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected MailText() {
    }

    public MailText(Long conferenceId, String kind, String locale) {
        this.conferenceId = conferenceId;
        this.kind = kind;
        this.locale = locale;
    }

    public void write(String subject, String body, String changedBy) {
        this.subject = subject;
        this.body = body;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public String getKind() { return kind; }
    public String getLocale() { return locale; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
