package org.learningmechanics.sim;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a simulation declares about itself: identity, parameters, presets and the names of what it measures.
 * The id and parameter names are public contract (links, saved experiments, HTTP API).
 *
 * @param strand     1–5, the strand of learning mechanics the simulation belongs to
 * @param version    bumped whenever the numbers a run produces change, so cached and saved results stay honest
 * @param crossCheck checks that involve several parameters at once (e.g. {@code size ≥ modes}); throws
 *                   {@link InvalidParameterException}
 */
public record SimulationDescriptor(
        String id,
        String title,
        int strand,
        int version,
        String summary,
        List<ParameterSpec> parameters,
        List<Preset> presets,
        List<String> series,
        List<String> metrics,
        Consumer<ParameterValues> crossCheck) {

    public SimulationDescriptor {
        parameters = List.copyOf(parameters);
        presets = List.copyOf(presets);
        series = List.copyOf(series);
        metrics = List.copyOf(metrics);
    }

    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Preset> preset(String name) {
        return presets.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public List<String> parameterNames() {
        return parameters.stream().map(ParameterSpec::name).toList();
    }
}
