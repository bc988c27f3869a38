package de.podium.agenda.entity;

import jakarta.persistence.Embedded;
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

    @Embedded
    private TimeWindow window;

    protected Availability() {
    }

    public Availability(Speaker speaker, TimeWindow window) {
        this.speaker = speaker;
        this.window = window;
    }

    public Long getId() { return id; }
    public Speaker getSpeaker() { return speaker; }
    public TimeWindow getWindow() { return window; }
}
