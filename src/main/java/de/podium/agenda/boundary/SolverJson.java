package de.podium.agenda.boundary;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

import de.podium.agenda.control.solver.AgendaPlan;
import de.podium.agenda.control.solver.ScheduleJob;
import de.podium.event.entity.Conference;

/** JSON shapes of automatic scheduling. */
public final class SolverJson {

    private SolverJson() {
    }

    /** A job's state; hardScore 0 means no conflict in the proposal. */
    public record JobView(String jobId, String status, Integer hardScore, Integer softScore, long elapsedMillis,
                          Long feasibleAfterMillis, List<Proposed> proposal) {

        static JobView of(ScheduleJob job, Conference conference) {
            HardSoftScore score = job.score();
            AgendaPlan plan = job.getBest();
            List<Proposed> proposal = plan == null ? List.of() : plan.getTalks().stream()
                    .filter(t -> t.getRoom() != null && t.getStart() != null)
                    .sorted(Comparator.comparing(de.podium.agenda.control.solver.PlanTalk::getStart))
                    .map(t -> new Proposed(t.getId(), t.getTitle(), t.getRoom().getId(), t.getRoom().getName(),
                            conference.withOffset(t.getStart()), conference.withOffset(t.getEnd()),
                            t.isPinned()))
                    .toList();
            return new JobView(job.getId(), job.getStatus().name(), score == null ? null : score.hardScore(),
                    score == null ? null : score.softScore(), job.getElapsedMillis(), job.getFeasibleAfterMillis(), proposal);
        }
    }

    public record Proposed(long talkId, String title, long roomId, String room, OffsetDateTime start, OffsetDateTime end,
                           boolean kept) {
    }
}
