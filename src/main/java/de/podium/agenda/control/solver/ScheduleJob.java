package de.podium.agenda.control.solver;

import java.time.Instant;
import java.util.UUID;

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

    void run(AgendaPlan problem, long seconds, long unimprovedSeconds) {
        try {
            solver = AgendaSolver.create(seconds, unimprovedSeconds, this::improved);
            if (stopRequested) {
                status = Status.STOPPED;
                return;
            }
            AgendaPlan result = solver.solve(problem);
            improved(result);
            finish(stopRequested ? Status.STOPPED : Status.DONE);
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

    public String getId() { return id; }
    public long getConferenceId() { return conferenceId; }
    public Instant getStartedAt() { return startedAt; }
    public Status getStatus() { return status; }
    public AgendaPlan getBest() { return best; }
    public Long getFeasibleAfterMillis() { return feasibleAfterMillis; }
    public long getElapsedMillis() { return status == Status.RUNNING ? (System.nanoTime() - startNanos) / 1_000_000 : elapsedMillis; }
}
