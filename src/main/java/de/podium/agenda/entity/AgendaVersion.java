package de.podium.agenda.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A published programme: an immutable snapshot (JSON) with its number and changelog. */
@Entity
@Table(name = "agenda_version")
@NamedQuery(name = AgendaVersion.LATEST, query = "SELECT v FROM AgendaVersion v WHERE v.conferenceId = :conference "
        + "ORDER BY v.version DESC")
public class AgendaVersion {

    public static final String LATEST = "AgendaVersion.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id")
    private Long conferenceId;
    private int version;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    private String changelog;
    private String content;

    protected AgendaVersion() {
    }

    public AgendaVersion(Long conferenceId, int version, String publishedBy, String changelog, String content) {
        this.conferenceId = conferenceId;
        this.version = version;
        this.publishedAt = Instant.now();
        this.publishedBy = publishedBy;
        this.changelog = changelog;
        this.content = content;
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public int getVersion() { return version; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    public String getChangelog() { return changelog; }
    public String getContent() { return content; }
}
