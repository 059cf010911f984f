package org.learningmechanics.sim.ui;

import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;

/** The run a panel shows once it has finished: exactly what the runner delivered, nothing recomputed. */
public record FinishedRun(Simulation simulation, ParameterValues parameters, long seed, SimulationResult result) {
}
