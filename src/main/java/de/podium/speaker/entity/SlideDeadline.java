package de.podium.speaker.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The moment after which a conference accepts no more slide uploads, set by its organizers. */
@Entity
@Table(name = "slide_deadline")
public class SlideDeadline {

    @Id
    @Column(name = "conference_id")
    private Long conferenceId;

    @Column(name = "upload_deadline")
    private Instant uploadDeadline;

    protected SlideDeadline() {
    }

    public SlideDeadline(Long conferenceId) {
        this.conferenceId = conferenceId;
    }

    public boolean hasPassed(Instant now) {
        return uploadDeadline != null && now.isAfter(uploadDeadline);
    }

    public Long getConferenceId() { return conferenceId; }
    public Instant getUploadDeadline() { return uploadDeadline; }
    public void setUploadDeadline(Instant uploadDeadline) { this.uploadDeadline = uploadDeadline; }
}
