package org.learningmechanics.sim.runner;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.learningmechanics.sim.Simulation;

/** Every simulation of the book, by id (the application's comes from {@link Simulations#ofTheBook()}). */
public class SimulationCatalog {

    /** The seed a run uses when none is given, so that a plain link always shows the same run. */
    public static final long DEFAULT_SEED = 1L;

    private final List<Simulation> simulations;

    public SimulationCatalog(List<Simulation> simulations) {
        Set<String> ids = new HashSet<>();
        for (Simulation simulation : simulations) {
            if (!ids.add(simulation.descriptor().id())) {
                throw new IllegalStateException("Two simulations share the id " + simulation.descriptor().id());
            }
        }
        this.simulations = List.copyOf(simulations);
    }

    public List<Simulation> all() {
        return simulations;
    }

    public Optional<Simulation> find(String id) {
        return simulations.stream().filter(s -> s.descriptor().id().equals(id)).findFirst();
    }
}
