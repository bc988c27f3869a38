package de.podium.documents.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** When a registration's badge last came out of the printer: the filter "only new since last print" reads it. */
@Entity
@Table(name = "badge_print")
public class BadgePrint {

    @Id
    @Column(name = "registration_id")
    private Long registrationId;
    @Column(name = "printed_at")
    private Instant printedAt;

    protected BadgePrint() {
    }

    public BadgePrint(Long registrationId, Instant printedAt) {
        this.registrationId = registrationId;
        this.printedAt = printedAt;
    }

    public void printedAgain(Instant at) {
        this.printedAt = at;
    }

    public Long getRegistrationId() { return registrationId; }
    public Instant getPrintedAt() { return printedAt; }
}
