/** Automatic scheduling with Timefold Solver: the planning model, its constraints and the background jobs. */
package de.podium.agenda.control.solver;
