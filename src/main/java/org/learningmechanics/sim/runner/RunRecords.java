package org.learningmechanics.sim.runner;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.SimulationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Completed runs, kept twice: in memory for the ones asked for again soon (a class pressing Run on the same
 * defaults, a shared link opened many times) and in PostgreSQL for ever. Memory is bounded by the number of stored
 * points, not of runs, since one run may hold a hundred times the data of another.
 */
@Component
public class RunRecords {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecords.class);

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
        Optional<SimulationResult> stored;
        try {
            stored = repository.find(key);
        } catch (DataAccessException | TransactionException unavailable) {
            // The record is a cache of a deterministic computation: without the database, compute it again.
            LOG.warn("Run record not read, computing instead: {}", unavailable.getMessage());
            return Optional.empty();
        }
        stored.ifPresent(result -> memory.put(key, result));
        return stored;
    }

    /** Keeps a completed run; if the database cannot take it, it stays in memory only, and nobody waits on that. */
    public void save(RunKey key, ParameterValues parameters, SimulationResult result, long elapsedMs) {
        memory.put(key, result);
        try {
            repository.save(key, parameters, result, elapsedMs);
        } catch (DataAccessException | TransactionException unavailable) {
            LOG.warn("Run record kept in memory only, the database did not take it: {}", unavailable.getMessage());
        }
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
