package de.podium.agenda.control.solver;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;

/**
 * One run of the solver for one conference. Its best plan so far is the proposal; the organizer applies or
 * discards it. Lives in the memory of the node that started it.
 */
public class ScheduleJob {

    public enum Status { RUNNING, DONE, STOPPED, FAILED, APPLIED, DISCARDED }

    private final String id = UUID.randomUUID().toString();
    private final long conferenceId;
    private final Instant startedAt = Instant.now();
    private final long startNanos = System.nanoTime();
    private volatile Status status = Status.RUNNING;
    private volatile AgendaPlan best;
    private volatile Long feasibleAfterMillis;
    private volatile long elapsedMillis;
    private volatile Solver<AgendaPlan> solver;
    private volatile boolean stopRequested;

    public ScheduleJob(long conferenceId) {
        this.conferenceId = conferenceId;
    }

    /** Called by the solver thread for every new best plan. */
    void improved(AgendaPlan plan) {
        best = plan;
        elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
        if (feasibleAfterMillis == null && isComplete(plan) && plan.getScore() != null && plan.getScore().isFeasible()) {
            feasibleAfterMillis = elapsedMillis;
        }
    }

    private static boolean isComplete(AgendaPlan plan) {
        return plan.getTalks().stream().allMatch(t -> t.getRoom() != null && t.getStart() != null);
    }

    /**
     * Solves, then hands the finished proposal to {@code keep} while the job still counts as running, so that
     * nobody applies or discards it before it is stored.
     */
    void run(AgendaPlan problem, long seconds, long unimprovedSeconds, Consumer<Proposal> keep) {
        try {
            solver = AgendaSolver.create(seconds, unimprovedSeconds, this::improved);
            if (stopRequested) {
                status = Status.STOPPED;
                return;
            }
            AgendaPlan result = solver.solve(problem);
            improved(result);
            Status end = stopRequested ? Status.STOPPED : Status.DONE;
            keep.accept(snapshot(end));
            finish(end);
        } catch (RuntimeException | LinkageError e) {
            finish(Status.FAILED);
            throw e;
        }
    }

    private synchronized void finish(Status end) {
        if (status == Status.RUNNING) {
            status = end;
        }
    }

    public void stop() {
        stopRequested = true;
        Solver<AgendaPlan> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }

    public synchronized boolean mark(Status end) {
        if (status == Status.RUNNING || status == Status.APPLIED || status == Status.DISCARDED) {
            return false;
        }
        status = end;
        return true;
    }

    public synchronized void discard() {
        stop();
        status = Status.DISCARDED;
        best = null;
    }

    public HardSoftScore score() {
        AgendaPlan plan = best;
        return plan == null ? null : plan.getScore();
    }

    public Proposal snapshot() {
        return snapshot(status);
    }

    private Proposal snapshot(Status as) {
        AgendaPlan plan = best;
        HardSoftScore score = plan == null ? null : plan.getScore();
        List<Proposal.Placement> placements = plan == null ? List.of() : plan.getTalks().stream()
                .filter(t -> t.getRoom() != null && t.getStart() != null)
                .sorted(Comparator.comparing(PlanTalk::getStart))
                .map(t -> new Proposal.Placement(t.getId(), t.getTitle(), t.getRoom().getId(), t.getRoom().getName(),
                        t.getStart(), t.getEnd(), t.isPinned()))
                .toList();
        return new Proposal(id, conferenceId, as, score == null ? null : score.hardScore(),
                score == null ? null : score.softScore(), getElapsedMillis(), feasibleAfterMillis, placements);
    }

    public String getId() { return id; }
    public long getConferenceId() { return conferenceId; }
    public Instant getStartedAt() { return startedAt; }
    public Status getStatus() { return status; }
    public AgendaPlan getBest() { return best; }
    public Long getFeasibleAfterMillis() { return feasibleAfterMillis; }
    public long getElapsedMillis() { return status == Status.RUNNING ? (System.nanoTime() - startNanos) / 1_000_000 : elapsedMillis; }
}
