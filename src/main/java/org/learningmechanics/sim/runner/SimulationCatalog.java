package org.learningmechanics.sim.runner;

import java.util.List;
import java.util.Optional;

import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.springframework.stereotype.Component;

/** Every simulation of the book, by id. */
@Component
public class SimulationCatalog {

    /** The seed a run uses when none is given, so that a plain link always shows the same run. */
    public static final long DEFAULT_SEED = 1L;

    private final List<Simulation> simulations = List.of(new DeepLinearNetwork());

    public List<Simulation> all() {
        return simulations;
    }

    public Optional<Simulation> find(String id) {
        return simulations.stream().filter(s -> s.descriptor().id().equals(id)).findFirst();
    }
}
