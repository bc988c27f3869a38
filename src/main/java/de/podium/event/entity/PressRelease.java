package de.podium.event.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A dated news item (Pressemeldung) of the organizer; visible to the public once published. */
@Entity
@Table(name = "press_release")
@NamedQuery(name = PressRelease.PUBLISHED_OF_CONFERENCE, query = "SELECT p FROM PressRelease p "
        + "WHERE p.conference = :conference AND p.publishedAt IS NOT NULL ORDER BY p.publishedAt DESC")
@NamedQuery(name = PressRelease.ALL_OF_CONFERENCE, query = "SELECT p FROM PressRelease p "
        + "WHERE p.conference = :conference ORDER BY p.createdAt DESC")
public class PressRelease {

    public static final String PUBLISHED_OF_CONFERENCE = "PressRelease.published";
    public static final String ALL_OF_CONFERENCE = "PressRelease.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    private String title;
    private String body;
    private String source;
    private String language = "de";
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected PressRelease() {
    }

    public PressRelease(Conference conference, String title, String body, String source) {
        this.conference = conference;
        this.createdAt = Instant.now();
        revise(title, body, source);
    }

    public void revise(String newTitle, String newBody, String newSource) {
        this.title = newTitle;
        this.body = newBody;
        this.source = newSource;
    }

    public void publish(Instant at) {
        this.publishedAt = at;
    }

    public void withdraw() {
        this.publishedAt = null;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() { return id; }
    public Conference getConference() { return conference; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getSource() { return source; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
