package org.learningmechanics.experiment;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.learningmechanics.sim.SimulationResult;

/**
 * A saved run: what was run (simulation, its version, every parameter, the seed), what came out (the full result),
 * and what its owner says about it.
 *
 * @param parameters    the parameters in Java form (numbers and texts), as {@code ParameterValues.asMap()} gives them
 * @param parentSlug    the experiment this one was forked from, while that still exists
 * @param importProblem why an imported experiment cannot be re-run here (unknown simulation or another version)
 */
public record Experiment(
        long id,
        String slug,
        UUID owner,
        String ownerName,
        String simulationId,
        int simulationVersion,
        Map<String, Object> parameters,
        long seed,
        SimulationResult result,
        String title,
        String notes,
        Visibility visibility,
        String parentSlug,
        String importProblem,
        Instant createdAt,
        Instant updatedAt) {

    public Experiment {
        parameters = Map.copyOf(parameters);
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parentSlug);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(importProblem);
    }

    public boolean ownedBy(UUID account) {
        return owner.equals(account);
    }

    /** The path of its link, e.g. {@code x/AbC…}. */
    public String path() {
        return "x/" + slug;
    }
}
