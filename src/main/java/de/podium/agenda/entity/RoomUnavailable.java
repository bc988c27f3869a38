package de.podium.agenda.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A time in which a room cannot be used (set-up, another event), in the conference's wall-clock time. */
@Entity
@Table(name = "room_unavailable")
public class RoomUnavailable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id")
    private Room room;

    @Embedded
    private TimeWindow window;

    protected RoomUnavailable() {
    }

    public RoomUnavailable(Room room, TimeWindow window) {
        this.room = room;
        this.window = window;
    }

    public Long getId() { return id; }
    public Room getRoom() { return room; }
    public TimeWindow getWindow() { return window; }
}
