package de.podium.agenda.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import de.podium.event.entity.Conference;

/** A room of the venue with its seating capacity. */
@Entity
@NamedQuery(name = Room.OF_CONFERENCE, query = "SELECT r FROM Room r WHERE r.conference = :conference ORDER BY r.position, r.name")
public class Room {

    public static final String OF_CONFERENCE = "Room.ofConference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    private String name;
    private int capacity;
    private String equipment;
    private int position;
    @Version
    private long version;

    protected Room() {
    }

    public Room(Conference conference, String name, int capacity, int position) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.conference = conference;
        this.name = name;
        this.capacity = capacity;
        this.position = position;
    }

    public Long getId() { return id; }
    public Conference getConference() { return conference; }
    public String getName() { return name; }
    public int getCapacity() { return capacity; }
    public String getEquipment() { return equipment; }
    public void setEquipment(String equipment) { this.equipment = equipment; }
    public int getPosition() { return position; }
    public void moveTo(int position) { this.position = position; }
}
