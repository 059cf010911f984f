package org.learningmechanics.sim.runner;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.RunCancelledException.Reason;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs simulations off the request thread, safely for many people at once:
 * <ul>
 *   <li>a run asked for before is answered from its record (memory, then PostgreSQL) without computing;</li>
 *   <li>computing runs share a bounded pool, one thread per core by default; the rest wait in a line of bounded
 *       length, in a fair order ({@link WaitingLine}: a client's second run waits behind everyone's first), and are
 *       told their place in it; beyond that the server refuses, politely;</li>
 *   <li>each client may have only a few runs computing or waiting at a time;</li>
 *   <li>each run has a time budget and can be stopped.</li>
 * </ul>
 */
@Service
public class SimulationRunner {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

    private final RunRecords records;
    private final Duration timeBudget;
    private final ThreadPoolExecutor pool;
    private final ClientAdmission admission;
    private final WaitingLine waiting = new WaitingLine();
    private final int queueLength;

    public SimulationRunner(RunRecords records,
                            @Value("${learningmechanics.simulations.threads:0}") int threads,
                            @Value("${learningmechanics.simulations.queue:64}") int queueLength,
                            @Value("${learningmechanics.simulations.per-client:2}") int perClient,
                            @Value("${learningmechanics.simulations.time-budget:30s}") Duration timeBudget) {
        this.records = records;
        this.timeBudget = timeBudget;
        this.admission = new ClientAdmission(perClient);
        this.queueLength = queueLength;
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        // The queue is unbounded for the pool; the line's own length check bounds it.
        this.pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, WaitingLine.queue(),
                Thread.ofPlatform().name("simulation-", 0).daemon().factory());
        this.pool.prestartAllCoreThreads(); // so every run, even the first, goes through the fair queue
    }

    /**
     * Starts a run and returns at once; the listener hears its frames and its end, on other threads.
     *
     * @param client who asks (a session or an address): the unit of the per-client limit
     */
    public RunHandle start(Simulation simulation, ParameterValues parameters, long seed, String client,
                           RunListener caller) {
        return start(simulation, parameters, seed, client, caller, true);
    }

    /**
     * Like {@link #start}, but computes even when the run has a record: how a saved experiment is checked against
     * today's code. The fresh result then replaces the one held in memory.
     */
    public RunHandle recompute(Simulation simulation, ParameterValues parameters, long seed, String client,
                               RunListener caller) {
        return start(simulation, parameters, seed, client, caller, false);
    }

    private RunHandle start(Simulation simulation, ParameterValues parameters, long seed, String client,
                            RunListener caller, boolean fromRecords) {
        RunHandle handle = new RunHandle();
        RunListener done = new EndingListener(caller, handle::markDone);
        RunKey key = RunKey.of(simulation, parameters, seed);
        Optional<SimulationResult> remembered = fromRecords ? records.inMemory(key) : Optional.empty();
        if (remembered.isPresent()) {
            Thread.ofVirtual().start(() -> deliverRecorded(remembered.get(), done));
            return handle;
        }
        if (!admission.tryEnter(client)) {
            done.refused("You already have " + admission.limit() + " simulations running or waiting. "
                    + "Wait for one to finish, or stop it, and try again.");
            return handle;
        }
        RunListener listener = new EndingListener(done, () -> admission.leave(client));
        // Looking in the database is I/O, not computation: do it on a virtual thread, not in the bounded pool.
        Thread.ofVirtual().start(() -> {
            try {
                Optional<SimulationResult> stored = fromRecords ? records.find(key) : Optional.empty();
                if (stored.isPresent()) {
                    deliverRecorded(stored.get(), listener);
                } else {
                    compute(simulation, parameters, key, listener, handle, admission.active(client) - 1);
                }
            } catch (RuntimeException e) {
                log.error("Could not look up or queue {}", key, e);
                listener.failed("The run could not be started. The error has been logged; please try again.");
            }
        });
        return handle;
    }

    /** @param othersOfTheClient the client's other runs computing or waiting: its rank in the fair line */
    private void compute(Simulation simulation, ParameterValues parameters, RunKey key, RunListener listener,
                         RunHandle handle, int othersOfTheClient) {
        WaitingLine.Ticket ticket = waiting.ticket(listener, othersOfTheClient, () -> {
            if (handle.stopRequested()) {
                listener.cancelled(Reason.STOPPED); // stopped while it waited: nothing to compute
            } else {
                execute(simulation, parameters, key, listener, handle);
            }
        });
        int place = waiting.join(ticket, queueLength);
        if (place == 0) {
            refuseFull(listener);
            return;
        }
        if (pool.getActiveCount() >= pool.getMaximumPoolSize()) {
            listener.queued(place);
        }
        try {
            pool.execute(ticket);
        } catch (RejectedExecutionException shuttingDown) {
            waiting.leave(ticket);
            refuseFull(listener);
        }
    }

    private static void refuseFull(RunListener listener) {
        listener.refused("The server is running as many simulations as it can right now. Try again in a minute.");
    }

    private void execute(Simulation simulation, ParameterValues parameters, RunKey key, RunListener listener,
                         RunHandle handle) {
        try {
            long started = System.nanoTime();
            long deadline = started + timeBudget.toNanos();
            SimulationResult result = simulation.run(parameters, key.seed(), monitor(listener, handle, deadline));
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            try {
                records.save(key, parameters, result, elapsedMs);
            } catch (RuntimeException notRecorded) {
                // The reader still gets the result; only the record (and the cache behind it) is missing.
                log.warn("Could not record run {}", key, notRecorded);
            }
            listener.completed(result, false, elapsedMs);
        } catch (RunCancelledException cancelled) {
            listener.cancelled(cancelled.reason());
        } catch (RuntimeException bug) {
            log.error("Simulation {} failed for {}", key.simulationId(), key, bug);
            listener.failed("The simulation failed unexpectedly. The error has been logged; try other parameters.");
        }
    }

    private static void deliverRecorded(SimulationResult result, RunListener listener) {
        listener.frame(new Frame(result.series(), result.theory(), 1));
        listener.completed(result, true, 0);
    }

    private RunMonitor monitor(RunListener listener, RunHandle handle, long deadline) {
        return new RunMonitor() {
            @Override
            public void frame(Frame frame) {
                listener.frame(frame);
            }

            @Override
            public void checkpoint() {
                if (handle.stopRequested()) {
                    throw new RunCancelledException(Reason.STOPPED, "Stopped");
                }
                if (System.nanoTime() > deadline) {
                    throw new RunCancelledException(Reason.TIME_BUDGET_EXCEEDED,
                            "The run took longer than " + timeBudget.toSeconds() + " s");
                }
            }
        };
    }

    public Duration timeBudget() {
        return timeBudget;
    }

    /** How many runs one client may have computing or waiting at once. */
    public int perClientLimit() {
        return admission.limit();
    }

    /** Runs waiting for a worker right now. */
    public int waitingRuns() {
        return waiting.size();
    }

    @PreDestroy
    public void shutdown() {
        pool.shutdownNow();
    }
}
