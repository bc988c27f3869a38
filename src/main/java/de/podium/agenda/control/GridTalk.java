package de.podium.agenda.control;

import java.time.LocalDateTime;

import de.podium.agenda.entity.Talk;

/**
 * A talk as the editor grid draws it: where it is (or where the solver's proposal would put it), and its lane when
 * talks overlap in one room, so that parallel talks stand side by side instead of on top of each other.
 */
public record GridTalk(Talk talk, long roomId, LocalDateTime start, LocalDateTime end, int lane, int lanes,
                       boolean proposed) {

    /** Talks up to this length get a one-line block that opens on focus or hover. */
    static final int SHORT_MINUTES = 30;

    /** Rows of the grid the block spans. */
    public int span() {
        return Math.max(1, (talk.getDurationMinutes() + EditorGrid.STEP_MINUTES - 1) / EditorGrid.STEP_MINUTES);
    }

    public boolean isShort() {
        return talk.getDurationMinutes() <= SHORT_MINUTES;
    }

    /** Shares its room with another talk at the same time. */
    public boolean isParallel() {
        return lanes > 1;
    }

    GridTalk inLane(int lane, int lanes) {
        return new GridTalk(talk, roomId, start, end, lane, lanes, proposed);
    }
}
