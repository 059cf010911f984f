package org.learningmechanics.sim.runner;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.SimulationResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Completed runs, kept twice: in memory for the ones asked for again soon (a class pressing Run on the same
 * defaults, a shared link opened many times) and in PostgreSQL for ever. Memory is bounded by the number of stored
 * points, not of runs, since one run may hold a hundred times the data of another.
 */
@Component
public class RunRecords {

    private final SimulationRunRepository repository;
    private final Cache<RunKey, SimulationResult> memory;

    public RunRecords(SimulationRunRepository repository,
                      @Value("${learningmechanics.simulations.cache-points:20000000}") long maximumPoints) {
        this.repository = repository;
        this.memory = Caffeine.newBuilder()
                .maximumWeight(maximumPoints)
                .weigher((RunKey key, SimulationResult result) -> points(result))
                .build();
    }

    /** The result held in memory, without touching the database: cheap enough for a request thread. */
    public Optional<SimulationResult> inMemory(RunKey key) {
        return Optional.ofNullable(memory.getIfPresent(key));
    }

    /** The result from memory or, failing that, from the database (which then warms the memory). */
    public Optional<SimulationResult> find(RunKey key) {
        SimulationResult cached = memory.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SimulationResult> stored = repository.find(key);
        stored.ifPresent(result -> memory.put(key, result));
        return stored;
    }

    public void save(RunKey key, ParameterValues parameters, SimulationResult result, long elapsedMs) {
        memory.put(key, result);
        repository.save(key, parameters, result, elapsedMs);
    }

    private static int points(SimulationResult result) {
        long points = 1;
        for (Series s : result.series().values()) {
            points += s.size();
        }
        for (Series s : result.theory().values()) {
            points += s.size();
        }
        return (int) Math.min(Integer.MAX_VALUE, points);
    }
}
