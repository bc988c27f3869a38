package de.podium.agenda.control.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.podium.agenda.control.ScheduleRules;

class AgendaSolverTest {

    /** Solves and reports the time to the first feasible complete plan. */
    static ScheduleJob solve(AgendaPlan problem, long seconds, long unimproved) {
        ScheduleJob job = new ScheduleJob(0);
        job.run(problem, seconds, unimproved, proposal -> { });
        return job;
    }

    @Test
    void placesTheDemoProgrammeWithoutConflictsKeynotesInThePlenaryAndNothingInParallel() {
        ScheduleJob job = solve(Programmes.demo(), 20, 2);
        AgendaPlan plan = job.getBest();
        System.out.printf("demo programme (11 talks, 4 rooms, 1 day): feasible after %d ms, best %s after %d ms%n",
                job.getFeasibleAfterMillis(), plan.getScore(), job.getElapsedMillis());
        assertEquals(0, plan.getScore().hardScore(), plan.getTalks().toString());
        List<PlanTalk> talks = plan.getTalks();
        for (PlanTalk a : talks) {
            assertTrue(!a.getEnd().isAfter(Programmes.DEMO_END) && !a.getStart().isBefore(Programmes.DEMO_START), a.toString());
            for (PlanTalk b : talks) {
                if (a != b && a.getRoom() == b.getRoom()) {
                    assertTrue(!ScheduleRules.overlap(a.getStart(), a.getEnd(), b.getStart(), b.getEnd()), a + " / " + b);
                }
            }
            if (a.isPlenary()) {
                assertEquals("Plenarsaal", a.getRoom().getName(), a.toString());
            }
        }
        assertEquals(ScheduleJob.Status.DONE, job.getStatus());
    }

    @Test
    void keepsPinnedTalksWhereTheyAre() {
        AgendaPlan problem = Programmes.demo();
        PlanTalk opening = problem.getTalks().get(0);
        opening.pin(problem.getRooms().get(0), Programmes.DEMO_START.withHour(11));
        AgendaPlan plan = solve(problem, 10, 1).getBest();
        PlanTalk kept = plan.getTalks().get(0);
        assertEquals(Programmes.DEMO_START.withHour(11), kept.getStart());
        assertEquals(0, plan.getScore().hardScore());
    }

    @Test
    void stopEndsARunningJobWithItsBestPlanSoFar() throws Exception {
        ScheduleJob job = new ScheduleJob(0);
        Thread runner = new Thread(() -> job.run(Programmes.generated(60, 4, 10, 7), 120, 120, proposal -> { }));
        runner.start();
        while (job.getBest() == null) {
            Thread.sleep(50);
        }
        job.stop();
        runner.join(30_000);
        assertEquals(ScheduleJob.Status.STOPPED, job.getStatus());
        assertTrue(job.getElapsedMillis() < 100_000, "stopped long before the two minutes");
    }
}
