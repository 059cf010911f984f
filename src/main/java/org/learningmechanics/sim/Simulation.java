package org.learningmechanics.sim;

import java.util.List;

/**
 * A simulation of the book: pure numerics, deterministic for given (parameters, seed).
 *
 * <p>Implementations live in one sub-package per family ({@code sim.linear}, …) and import no UI, Spring or JDBC
 * classes; an architecture test keeps it so.
 */
public interface Simulation {

    SimulationDescriptor descriptor();

    /**
     * Runs the simulation, streaming frames to the monitor as it goes.
     *
     * @throws RunCancelledException when the monitor cancels the run
     */
    SimulationResult run(ParameterValues parameters, long seed, RunMonitor monitor);

    /** The charts a run with these parameters is drawn on. */
    List<Plot> plots(ParameterValues parameters);

    /**
     * The result in a few plain sentences, for screen readers, print and anyone who prefers numbers to curves,
     * e.g. "Mode 1 reached half strength at t = 1.33; the theory predicts 1.33."
     */
    String describe(ParameterValues parameters, SimulationResult result);
}
