package de.podium.speaker.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A time window in which a speaker can be on stage (a minister only 11:00–12:30), in the conference's time zone. */
@Entity
@Table(name = "speaker_availability")
public class Availability {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "speaker_id")
    private Speaker speaker;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    protected Availability() {
    }

    public Availability(Speaker speaker, LocalDateTime startsAt, LocalDateTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("window ends before it starts");
        }
        this.speaker = speaker;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public boolean covers(LocalDateTime start, LocalDateTime end) {
        return !start.isBefore(startsAt) && !end.isAfter(endsAt);
    }

    public Long getId() { return id; }
    public Speaker getSpeaker() { return speaker; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
}
