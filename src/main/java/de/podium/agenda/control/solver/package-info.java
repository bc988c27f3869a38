/**
 * Automatic scheduling with Timefold Solver: the planning model, its constraints (the same ScheduleRules) and the
 * background jobs.
 */
package de.podium.agenda.control.solver;
