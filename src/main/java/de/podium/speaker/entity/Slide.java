package de.podium.speaker.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

import de.podium.agenda.entity.Talk;

/** One uploaded version of a talk's slides, with who uploaded it, when, its size and SHA-256. */
@Entity
@NamedQuery(name = Slide.OF_TALK, query = "SELECT s FROM Slide s WHERE s.talk = :talk ORDER BY s.version DESC")
@NamedQuery(name = Slide.OF_CONFERENCE, query = "SELECT s FROM Slide s WHERE s.talk.conference = :conference "
        + "ORDER BY s.talk.id, s.version DESC")
public class Slide {

    public static final String OF_TALK = "Slide.ofTalk";
    public static final String OF_CONFERENCE = "Slide.ofConference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "talk_id")
    private Talk talk;

    private int version;
    private String filename;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    @Column(name = "storage_path")
    private String storagePath;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Column(name = "public_after_talk")
    private boolean publicAfterTalk;
    /** The version the organizer released: proceedings print this one, not simply the latest. */
    private boolean released;

    protected Slide() {
    }

    public Slide(Talk talk, int version, String filename, String contentType, long size, String sha256,
                 String storagePath, String uploadedBy, boolean publicAfterTalk) {
        this.talk = talk;
        this.version = version;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.storagePath = storagePath;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
        this.publicAfterTalk = publicAfterTalk;
    }

    public Long getId() { return id; }
    public Talk getTalk() { return talk; }
    public int getVersion() { return version; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getStoragePath() { return storagePath; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public boolean isPublicAfterTalk() { return publicAfterTalk; }
    public boolean isReleased() { return released; }
    public void setReleased(boolean released) { this.released = released; }
}
