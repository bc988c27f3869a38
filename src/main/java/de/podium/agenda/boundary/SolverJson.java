package de.podium.agenda.boundary;

import java.time.OffsetDateTime;
import java.util.List;

import de.podium.agenda.control.solver.Proposal;
import de.podium.event.entity.Conference;

/** JSON shapes of automatic scheduling. */
public final class SolverJson {

    private SolverJson() {
    }

    /** A job's state; hardScore 0 means no conflict in the proposal. */
    public record JobView(String jobId, String status, Integer hardScore, Integer softScore, long elapsedMillis,
                          Long feasibleAfterMillis, List<Proposed> proposal) {

        static JobView of(Proposal proposal, Conference conference) {
            List<Proposed> placed = proposal.placements().stream()
                    .map(p -> new Proposed(p.talkId(), p.title(), p.roomId(), p.room(), conference.withOffset(p.start()),
                            conference.withOffset(p.end()), p.kept()))
                    .toList();
            return new JobView(proposal.jobId(), proposal.status().name(), proposal.hardScore(), proposal.softScore(),
                    proposal.elapsedMillis(), proposal.feasibleAfterMillis(), placed);
        }
    }

    public record Proposed(long talkId, String title, long roomId, String room, OffsetDateTime start, OffsetDateTime end,
                           boolean kept) {
    }
}
