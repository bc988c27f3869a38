package de.podium.mail.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One mail in the transactional outbox. The model holds the values the template of {@code kind} needs,
 * as JSON, so that the text is rendered in the recipient's language when it is sent.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;
    @Column(name = "conference_id")
    private Long conferenceId;
    private String recipient;
    @Column(name = "recipient_name")
    private String recipientName;
    private String locale;
    private String model;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status = OutboxStatus.QUEUED;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "message_id")
    private String messageId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "mailing_id")
    private Long mailingId;
    @Column(name = "unsubscribe_token")
    private String unsubscribeToken;
    private String mailbox;
    private boolean anonymous;
    @Column(name = "purged_at")
    private Instant purgedAt;
    @Column(name = "about_type")
    private String aboutType;
    @Column(name = "about_id")
    private Long aboutId;
    @Column(name = "failure_reason")
    private String failureReason;
    @Version
    private long version;

    @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OutboxAttachment> attachments = new ArrayList<>();

    protected OutboxMessage() {
    }

    public OutboxMessage(String kind, Long conferenceId, String recipient, String recipientName, String locale,
                         String modelJson) {
        this.kind = kind;
        this.conferenceId = conferenceId;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.locale = locale;
        this.model = modelJson;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    public void attach(String filename, String contentType, byte[] content) {
        attachments.add(new OutboxAttachment(this, filename, contentType, content));
    }

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public Long getConferenceId() { return conferenceId; }
    public String getRecipient() { return recipient; }
    public String getRecipientName() { return recipientName; }
    public String getLocale() { return locale; }
    public String getModel() { return model; }
    public OutboxStatus getStatus() { return status; }
    public void setStatus(OutboxStatus status) { this.status = status; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(Instant nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public String getLastError() { return lastError; }
    public void setLastError(String lastError) { this.lastError = lastError; }
    public String getMessageId() { return messageId; }
    public void setMessageId(String messageId) { this.messageId = messageId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public void setSentAt(Instant sentAt) { this.sentAt = sentAt; }
    public List<OutboxAttachment> getAttachments() { return attachments; }
    public Long getMailingId() { return mailingId; }
    public String getUnsubscribeToken() { return unsubscribeToken; }
    public Instant getPurgedAt() { return purgedAt; }

    /** Marks this message as part of a bulk mailing that the recipient may unsubscribe from. */
    public void belongTo(long mailing, String token) {
        this.mailingId = mailing;
        this.unsubscribeToken = token;
    }

    /** Caused by someone who had not signed in: counts against the recipient's hourly limit. */
    public void causedAnonymously(String normalisedMailbox) {
        this.mailbox = normalisedMailbox;
        this.anonymous = true;
    }

    public boolean isAnonymous() { return anonymous; }

    /** What the mail is about (e.g. a registration): its text and attachments are rendered from it when sent. */
    public void about(String type, long id) {
        this.aboutType = type;
        this.aboutId = id;
    }

    /** A queued mail that turned out to say something else, e.g. "waiting list" instead of "confirmed". */
    public void retell(String newKind) {
        if (status != OutboxStatus.QUEUED || attempts > 0) {
            throw new IllegalStateException("message " + id + " is already on its way");
        }
        this.kind = newKind;
    }

    /** Could not be rendered: failed at once, for the reason (GONE, ERASED, ERROR) and its details. */
    public void renderingFailed(String reason, String details) {
        this.status = OutboxStatus.FAILED;
        this.failureReason = reason;
        this.lastError = details;
    }

    /** Sent again by an organizer: a new attempt series, rendered afresh, with a fresh Message-ID. */
    public void requeue(java.time.Instant now) {
        this.status = OutboxStatus.QUEUED;
        this.attempts = 0;
        this.messageId = null;
        this.failureReason = null;
        this.nextAttemptAt = now;
    }

    public String getAboutType() { return aboutType; }
    public Long getAboutId() { return aboutId; }
    public String getFailureReason() { return failureReason; }
}
