package de.podium.agenda.control.solver;

import java.util.List;

import de.podium.agenda.control.Window;

/** A room as the solver sees it: a problem fact, detached from the database. */
public class PlanRoom {

    private long id;
    private String name;
    private int capacity;
    private List<Window> closed;

    public PlanRoom() {
    }

    public PlanRoom(long id, String name, int capacity, List<Window> closed) {
        this.id = id;
        this.name = name;
        this.capacity = capacity;
        this.closed = closed;
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public int getCapacity() { return capacity; }
    public List<Window> getClosed() { return closed; }

    @Override
    public String toString() {
        return name;
    }
}
