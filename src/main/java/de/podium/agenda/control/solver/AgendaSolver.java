package de.podium.agenda.control.solver;

import java.time.Duration;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Builds Timefold solvers configured in Java (no XML, no generated classes), with this application's class
 * loader, so that they work inside Payara as in a unit test.
 */
public final class AgendaSolver {

    private AgendaSolver() {
    }

    /**
     * @param seconds longest run
     * @param unimprovedSeconds stop earlier when the best score has not improved for this long
     */
    public static Solver<AgendaPlan> create(long seconds, long unimprovedSeconds, Consumer<AgendaPlan> onBest) {
        Solver<AgendaPlan> solver = SolverFactory.<AgendaPlan>create(config(seconds, unimprovedSeconds)).buildSolver();
        solver.addEventListener(event -> onBest.accept(event.getNewBestSolution()));
        return solver;
    }

    public static SolverConfig config(long seconds, long unimprovedSeconds) {
        return new SolverConfig()
                .withClassLoader(AgendaPlan.class.getClassLoader())
                .withSolutionClass(AgendaPlan.class)
                .withEntityClasses(PlanTalk.class)
                .withConstraintProviderClass(AgendaConstraints.class)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(Duration.ofSeconds(seconds))
                        .withUnimprovedSpentLimit(Duration.ofSeconds(Math.max(1, unimprovedSeconds))));
    }
}
