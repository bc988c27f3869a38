package de.podium.agenda.control.solver;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the organizer sees of a scheduling run: its state, score and the proposed places. Taken from a running job
 * in this node's memory or from the stored proposal of a finished one ({@link ProposalStore}).
 */
public record Proposal(String jobId, long conferenceId, ScheduleJob.Status status, Integer hardScore, Integer softScore,
                       long elapsedMillis, Long feasibleAfterMillis, List<Placement> placements) {

    public record Placement(long talkId, String title, long roomId, String room, LocalDateTime start, LocalDateTime end,
                            boolean kept) {
    }

    public boolean isRunning() {
        return status == ScheduleJob.Status.RUNNING;
    }

    /** A finished run whose proposal can still be applied. */
    public boolean isOpen() {
        return status == ScheduleJob.Status.DONE || status == ScheduleJob.Status.STOPPED;
    }
}
