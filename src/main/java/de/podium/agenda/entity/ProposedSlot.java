package de.podium.agenda.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a stored scheduling proposal puts one talk (ids only: titles and room names are read when shown). */
@Embeddable
public class ProposedSlot {

    @Column(name = "talk_id", nullable = false)
    private long talkId;

    @Column(name = "room_id", nullable = false)
    private long roomId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(nullable = false)
    private boolean kept;

    protected ProposedSlot() {
    }

    public ProposedSlot(long talkId, long roomId, LocalDateTime startsAt, boolean kept) {
        this.talkId = talkId;
        this.roomId = roomId;
        this.startsAt = startsAt;
        this.kept = kept;
    }

    public long getTalkId() { return talkId; }
    public long getRoomId() { return roomId; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public boolean isKept() { return kept; }
}
