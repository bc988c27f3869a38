package de.podium.agenda.entity;

import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A span of wall-clock time in the conference's time zone that must end after it starts: a speaker's
 * availability, a room's closed time.
 */
@Embeddable
public class TimeWindow {

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    protected TimeWindow() {
    }

    public TimeWindow(LocalDateTime startsAt, LocalDateTime endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("window ends before it starts");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeWindow window && startsAt.equals(window.startsAt) && endsAt.equals(window.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt);
    }
}
