package de.podium.agenda.control.solver;

import java.util.List;

import de.podium.agenda.entity.TimeWindow;

/** A room as the solver sees it: a problem fact, detached from the database. */
public class PlanRoom {

    private long id;
    private String name;
    private int capacity;
    private List<TimeWindow> closed;

    public PlanRoom() {
    }

    public PlanRoom(long id, String name, int capacity, List<TimeWindow> closed) {
        this.id = id;
        this.name = name;
        this.capacity = capacity;
        this.closed = closed;
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public int getCapacity() { return capacity; }
    public List<TimeWindow> getClosed() { return closed; }

    @Override
    public String toString() {
        return name;
    }
}
