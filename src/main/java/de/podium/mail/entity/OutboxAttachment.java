package de.podium.mail.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A file sent with a queued mail, e.g. the conference as .ics or a PDF. */
@Entity
@Table(name = "outbox_attachment")
public class OutboxAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private OutboxMessage message;

    private String filename;
    @Column(name = "content_type")
    private String contentType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected OutboxAttachment() {
    }

    OutboxAttachment(OutboxMessage message, String filename, String contentType, byte[] content) {
        this.message = message;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content.clone();
    }

    public Long getId() { return id; }
    public OutboxMessage getMessage() { return message; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public byte[] getContent() { return content.clone(); }
}
