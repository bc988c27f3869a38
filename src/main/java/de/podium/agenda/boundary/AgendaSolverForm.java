package de.podium.agenda.boundary;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.context.FacesContext;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.solver.AutoScheduler;
import de.podium.agenda.control.solver.ScheduleJob;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** Automatic scheduling on the agenda page: start, watch the score by polling, stop, apply or discard. */
@Named
@ViewScoped
public class AgendaSolverForm implements Serializable {

    @Inject
    AutoScheduler scheduler;
    @Inject
    LocaleSelection localeSelection;
    @Inject
    AgendaEditor editor;

    private static final String READ_IN_THIS_REQUEST = AgendaSolverForm.class.getName() + ".job";

    private Integer solverSeconds = 30;
    private String solverMode = "UNSCHEDULED";
    private String jobId;
    /** Whether this view has looked for a proposal kept from an earlier visit (it survives reloads and sign-ins). */
    private boolean restored;

    public void startSolver() {
        AgendaData.AutoScheduleData data = new AgendaData.AutoScheduleData();
        data.seconds = solverSeconds;
        data.mode = solverMode;
        try {
            jobId = scheduler.start(editor.getSlug(), data).getId();
            restored = true;
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show("solver", e, localeSelection.getLocale());
        }
        changed();
    }

    public void stopSolver() {
        if (jobId != null) {
            scheduler.stop(editor.getSlug(), jobId);
        }
        changed();
    }

    public void applyProposal() {
        try {
            int placed = scheduler.apply(editor.getSlug(), jobId);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "agenda.editor.applied", placed));
            jobId = null;
        } catch (PodiumException e) {
            FacesErrors.show("solver", e, localeSelection.getLocale());
        }
        changed();
    }

    public void discardProposal() {
        if (jobId != null) {
            scheduler.discard(editor.getSlug(), jobId);
            jobId = null;
        }
        changed();
    }

    /** Re-read on every poll, so the page shows the running job's latest score; read once per request. */
    @SuppressWarnings("unchecked")
    public SolverJson.JobView getJob() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        if (!request.containsKey(READ_IN_THIS_REQUEST)) {
            request.put(READ_IN_THIS_REQUEST, Optional.ofNullable(readJob()));
        }
        return ((Optional<SolverJson.JobView>) request.get(READ_IN_THIS_REQUEST)).orElse(null);
    }

    /** After an action the job is read afresh. */
    private void changed() {
        FacesContext.getCurrentInstance().getAttributes().remove(READ_IN_THIS_REQUEST);
        editor.reload();
    }

    private SolverJson.JobView readJob() {
        if (jobId == null && !restored) {
            restored = true;
            scheduler.current(editor.getSlug()).ifPresent(p -> jobId = p.jobId());
        }
        if (jobId == null) {
            return null;
        }
        try {
            return SolverJson.JobView.of(scheduler.job(editor.getSlug(), jobId), editor.getConference());
        } catch (PodiumException.NotFound e) {
            jobId = null;
            return null;
        }
    }

    /** The solver's score as people count it: "3 Konflikte, 12 Hinweise" (each broken rule costs one point). */
    public String scoreText(SolverJson.JobView job) {
        if (job == null || job.hardScore() == null) {
            return Texts.get(localeSelection.getLocale(), "agenda.editor.scorePending");
        }
        return Texts.get(localeSelection.getLocale(), "agenda.editor.score", Math.abs(job.hardScore()),
                Math.abs(job.softScore() == null ? 0 : job.softScore()));
    }

    public boolean isSolverRunning() {
        SolverJson.JobView job = getJob();
        return job != null && job.status().equals(ScheduleJob.Status.RUNNING.name());
    }

    public Integer getSolverSeconds() { return solverSeconds; }
    public void setSolverSeconds(Integer solverSeconds) { this.solverSeconds = solverSeconds; }
    public String getSolverMode() { return solverMode; }
    public void setSolverMode(String solverMode) { this.solverMode = solverMode; }
    public String getJobId() { return jobId; }
}
