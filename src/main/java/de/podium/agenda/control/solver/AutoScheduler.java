package de.podium.agenda.control.solver;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.Availabilities;
import de.podium.agenda.control.RoomClosures;
import de.podium.agenda.control.Rooms;
import de.podium.agenda.control.Talks;
import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.Talk;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.BackgroundWork;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;

/**
 * Automatic scheduling as background jobs ({@link BackgroundWork}): start, watch the score, stop, then apply the
 * proposal to the working schedule or discard it. A running job lives in this node's memory; its finished proposal
 * is stored ({@link ProposalStore}) until applied, discarded or replaced by the next run.
 */
@ApplicationScoped
public class AutoScheduler {

    private static final Logger LOG = Logger.getLogger(AutoScheduler.class.getName());
    private static final Duration KEEP = Duration.ofHours(1);

    @Inject
    BackgroundWork background;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    Availabilities availabilities;

    @Inject
    RoomClosures closures;

    @Inject
    Rooms rooms;

    @Inject
    Talks talks;

    @Inject
    InputValidator validator;

    @Inject
    @ConfigProperty(name = "podium.agenda.solver.grid-minutes", defaultValue = "15")
    int gridMinutes;

    @Inject
    @ConfigProperty(name = "podium.agenda.solver.unimproved-seconds", defaultValue = "10")
    long unimprovedSeconds;

    private final Map<String, ScheduleJob> jobs = new ConcurrentHashMap<>();

    @Inject
    ProposalStore stored;

    @Transactional
    public ScheduleJob start(String slug, AgendaData.AutoScheduleData data) {
        Conference conference = conferences.forOrganizer(slug);
        validator.check(data == null ? new AgendaData.AutoScheduleData() : data);
        PlanBuilder.Mode mode = data.mode == null ? PlanBuilder.Mode.UNSCHEDULED : PlanBuilder.Mode.valueOf(data.mode);
        AgendaPlan problem = new PlanBuilder(conference.getStartsAt(), conference.getEndsAt(), gridMinutes)
                .build(rooms.of(conference), talks.active(conference), availabilities.of(conference),
                        closures.closedTimes(conference), mode);
        if (problem.getRooms().isEmpty()) {
            throw new PodiumException.Conflict("no_rooms", "error.agenda.solver.noRooms");
        }
        forgetOld();
        ScheduleJob job = new ScheduleJob(conference.getId());
        jobs.put(job.getId(), job);
        long seconds = data.seconds;
        background.run(() -> {
            try {
                job.run(problem, seconds, Math.min(seconds, unimprovedSeconds), stored::keep);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.SEVERE, "Automatic scheduling failed for " + slug, e);
            }
        });
        return job;
    }

    /** A run of this conference: live from this node's memory while it runs, else its stored proposal. */
    @Transactional
    public Proposal job(String slug, String jobId) {
        Conference conference = conferences.forOrganizer(slug);
        ScheduleJob job = jobs.get(jobId);
        if (job != null && job.getConferenceId() == conference.getId()) {
            return job.snapshot();
        }
        return stored.find(conference.getId()).filter(p -> p.jobId().equals(jobId))
                .orElseThrow(() -> new PodiumException.NotFound("error.agenda.solver.unknownJob", jobId));
    }

    /** The run the agenda page shows: one running on this node, else the stored proposal not yet applied. */
    @Transactional
    public Optional<Proposal> current(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        Optional<Proposal> running = jobs.values().stream()
                .filter(j -> j.getConferenceId() == conference.getId() && j.getStatus() == ScheduleJob.Status.RUNNING)
                .findFirst().map(ScheduleJob::snapshot);
        return running.isPresent() ? running : stored.find(conference.getId());
    }

    public Proposal stop(String slug, String jobId) {
        Proposal proposal = job(slug, jobId);
        ScheduleJob job = jobs.get(jobId);
        if (job != null) {
            job.stop();
            return job.snapshot();
        }
        return proposal;
    }

    @Transactional
    public Proposal discard(String slug, String jobId) {
        Proposal proposal = job(slug, jobId);
        ScheduleJob job = jobs.get(jobId);
        if (job != null && job.getStatus() == ScheduleJob.Status.APPLIED) {
            throw new PodiumException.Conflict("applied", "error.agenda.solver.applied");
        }
        if (job != null) {
            job.discard();
        }
        stored.take(proposal.conferenceId(), jobId);
        return new Proposal(jobId, proposal.conferenceId(), ScheduleJob.Status.DISCARDED, proposal.hardScore(),
                proposal.softScore(), proposal.elapsedMillis(), proposal.feasibleAfterMillis(), List.of());
    }

    /** Places every talk the solver moved where the proposal has it; pinned talks stay untouched. Once per run. */
    @Transactional
    public int apply(String slug, String jobId) {
        Proposal seen = job(slug, jobId);
        if (seen.isRunning()) {
            throw new PodiumException.Conflict("running", "error.agenda.solver.running");
        }
        ScheduleJob job = jobs.get(jobId);
        if (job != null && !job.mark(ScheduleJob.Status.APPLIED)) {
            throw new PodiumException.Conflict("no_proposal", "error.agenda.solver.noProposal");
        }
        Proposal proposal = stored.take(seen.conferenceId(), jobId).orElse(job == null ? null : seen);
        if (proposal == null || proposal.placements().isEmpty()) {
            throw new PodiumException.Conflict("no_proposal", "error.agenda.solver.noProposal");
        }
        int placed = 0;
        for (Proposal.Placement planned : proposal.placements()) {
            if (planned.kept()) {
                continue;
            }
            Talk talk = em.find(Talk.class, planned.talkId());
            Room room = em.find(Room.class, planned.roomId());
            if (talk != null && room != null && talk.getConference().getId() == proposal.conferenceId()) {
                talk.place(room, planned.start());
                placed++;
            }
        }
        return placed;
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.getStatus() != ScheduleJob.Status.RUNNING && j.getStartedAt().isBefore(limit));
    }
}
