package org.learningmechanics.sim.runner;

import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Simulation;

/** What determines a run's result: the simulation and its version, the canonical parameters and the seed. */
public record RunKey(String simulationId, int version, String parametersKey, long seed) {

    public static RunKey of(Simulation simulation, ParameterValues parameters, long seed) {
        var descriptor = simulation.descriptor();
        return new RunKey(descriptor.id(), descriptor.version(), parameters.canonical(), seed);
    }
}
