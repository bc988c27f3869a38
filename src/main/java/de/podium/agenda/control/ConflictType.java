package de.podium.agenda.control;

/** The kinds of schedule conflicts of API.md; overlaps block publishing, the others are warnings. */
public enum ConflictType {
    ROOM_OVERLAP(true),
    SPEAKER_OVERLAP(true),
    SPEAKER_UNAVAILABLE(false),
    ROOM_CAPACITY(false),
    OUTSIDE_CONFERENCE(false),
    ROOM_UNAVAILABLE(false);

    private final boolean blocksPublishing;

    ConflictType(boolean blocksPublishing) {
        this.blocksPublishing = blocksPublishing;
    }

    public boolean blocksPublishing() {
        return blocksPublishing;
    }
}
