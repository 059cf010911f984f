package org.learningmechanics.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The complete outcome of a run: simulated series, theory series, scalar metrics and the agreement with theory.
 * Maps keep the order in which the simulation declared them.
 */
public record SimulationResult(
        Map<String, Series> series,
        Map<String, Series> theory,
        Map<String, Double> metrics,
        Agreement agreement) {

    public SimulationResult {
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
        theory = Collections.unmodifiableMap(new LinkedHashMap<>(theory));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
