package org.learningmechanics.sim.api;

import org.learningmechanics.sim.runner.SimulationCatalog;

/** A simulation id that the catalogue does not have; the message lists the ones it does. */
class UnknownSimulationException extends RuntimeException {

    UnknownSimulationException(String id, SimulationCatalog catalog) {
        super("There is no simulation \"" + id + "\". Known simulations: "
                + String.join(", ", catalog.all().stream().map(s -> s.descriptor().id()).toList()) + ".");
    }
}
