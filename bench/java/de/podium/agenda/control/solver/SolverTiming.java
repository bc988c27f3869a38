package de.podium.agenda.control.solver;

/**
 * Measures the solver's time to a feasible schedule (run by hand, not in the build):
 * {@code mvn -o -q -Pbench test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=de.podium.agenda.control.solver.SolverTiming}
 */
public final class SolverTiming {

    private SolverTiming() {
    }

    public static void main(String[] args) {
        report("demo programme (11 talks, 4 rooms, 1 day)", Programmes.demo(), 30);
        for (long seed = 1; seed <= 3; seed++) {
            report("150 talks, 6 rooms, 2 days, 20 speakers with availability (seed " + seed + ")",
                    Programmes.generated(150, 6, 20, seed), 120);
        }
    }

    private static void report(String name, AgendaPlan problem, long seconds) {
        ScheduleJob job = AgendaSolverTest.solve(problem, seconds, 30);
        System.out.printf("%s: feasible after %s ms; best %s after %d ms%n", name,
                job.getFeasibleAfterMillis(), job.getBest().getScore(), job.getElapsedMillis());
        ai.timefold.solver.core.api.solver.SolutionManager.<AgendaPlan, ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore>create(
                        ai.timefold.solver.core.api.solver.SolverFactory.create(AgendaSolver.config(seconds, 30)))
                .analyze(job.getBest()).constraintMap().forEach((id, analysis) ->
                        System.out.printf("  %s: %s (%d matches)%n", id.constraintName(), analysis.score(), analysis.matchCount()));
    }
}
