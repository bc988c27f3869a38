package de.podium.registration.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One change an organizer made to a registration: who, when, what. {@code details} holds codes (field names,
 * category codes, the consent channel) or the organizer's own words (a cancellation's reason); they are put into
 * the reader's language when shown, so the history reads the same in German and English.
 */
@Entity
@Table(name = "registration_change")
@NamedQuery(name = RegistrationChange.OF_REGISTRATION, query = "SELECT c FROM RegistrationChange c "
        + "WHERE c.registration = :registration ORDER BY c.changedAt, c.id")
public class RegistrationChange {

    public static final String OF_REGISTRATION = "RegistrationChange.ofRegistration";

    public enum Action {
        ENTERED, EDITED, MOVED, CANCELLED, RESENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String details;

    protected RegistrationChange() {
    }

    public RegistrationChange(Registration registration, String changedBy, Action action, String details) {
        this.registration = registration;
        this.changedBy = changedBy;
        this.action = action;
        this.details = details;
        this.changedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Registration getRegistration() { return registration; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public Action getAction() { return action; }
    public String getDetails() { return details; }
}
