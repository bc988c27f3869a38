package de.podium.agenda.control.solver;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
 * proposal to the working schedule or discard it. Jobs are kept in this node's memory for an hour.
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
                job.run(problem, seconds, Math.min(seconds, unimprovedSeconds));
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.SEVERE, "Automatic scheduling failed for " + slug, e);
            }
        });
        return job;
    }

    public ScheduleJob job(String slug, String jobId) {
        Conference conference = conferences.forOrganizer(slug);
        ScheduleJob job = jobs.get(jobId);
        if (job == null || job.getConferenceId() != conference.getId()) {
            throw new PodiumException.NotFound("error.agenda.solver.unknownJob", jobId);
        }
        return job;
    }

    public ScheduleJob stop(String slug, String jobId) {
        ScheduleJob job = job(slug, jobId);
        job.stop();
        return job;
    }

    public ScheduleJob discard(String slug, String jobId) {
        ScheduleJob job = job(slug, jobId);
        if (job.getStatus() == ScheduleJob.Status.APPLIED) {
            throw new PodiumException.Conflict("applied", "error.agenda.solver.applied");
        }
        job.discard();
        return job;
    }

    /** Places every talk the solver moved where the proposal has it; pinned talks stay untouched. */
    @Transactional
    public int apply(String slug, String jobId) {
        ScheduleJob job = job(slug, jobId);
        AgendaPlan plan = job.getBest();
        if (job.getStatus() == ScheduleJob.Status.RUNNING) {
            throw new PodiumException.Conflict("running", "error.agenda.solver.running");
        }
        if (plan == null || !job.mark(ScheduleJob.Status.APPLIED)) {
            throw new PodiumException.Conflict("no_proposal", "error.agenda.solver.noProposal");
        }
        int placed = 0;
        for (PlanTalk planned : plan.getTalks()) {
            if (planned.isPinned() || planned.getRoom() == null || planned.getStart() == null) {
                continue;
            }
            Talk talk = em.find(Talk.class, planned.getId());
            Room room = em.find(Room.class, planned.getRoom().getId());
            if (talk != null && room != null && talk.getConference().getId() == job.getConferenceId()) {
                talk.place(room, planned.getStart());
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
