package org.learningmechanics.sim.runner;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
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
 * Runs simulations off the request thread on a bounded pool (one thread per core by default, a short queue, then a
 * clear refusal), each within a time budget, and keeps every completed run so an identical request is answered
 * from the record instead of recomputed.
 */
@Service
public class SimulationRunner {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);
    private static final int QUEUE_LENGTH = 64;

    private final SimulationRunRepository runs;
    private final Duration timeBudget;
    private final ThreadPoolExecutor pool;

    public SimulationRunner(SimulationRunRepository runs,
                            @Value("${learningmechanics.simulations.threads:0}") int threads,
                            @Value("${learningmechanics.simulations.time-budget:30s}") Duration timeBudget) {
        this.runs = runs;
        this.timeBudget = timeBudget;
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_LENGTH), Thread.ofPlatform().name("simulation-", 0).daemon().factory());
    }

    /** Starts a run; the listener hears its frames and its end. Never blocks the caller. */
    public RunHandle start(Simulation simulation, ParameterValues parameters, long seed, RunListener listener) {
        RunHandle handle = new RunHandle();
        try {
            pool.execute(() -> execute(simulation, parameters, seed, listener, handle));
        } catch (RejectedExecutionException busy) {
            handle.markDone();
            listener.failed("The server is running as many simulations as it can right now. Try again in a moment.");
        }
        return handle;
    }

    private void execute(Simulation simulation, ParameterValues parameters, long seed, RunListener caller,
                         RunHandle handle) {
        RunListener listener = markingDone(caller, handle);
        RunKey key = RunKey.of(simulation, parameters, seed);
        try {
            var recorded = runs.find(key);
            if (recorded.isPresent()) {
                SimulationResult result = recorded.get();
                listener.frame(new Frame(result.series(), result.theory(), 1));
                listener.completed(result, true, 0);
                return;
            }
            long started = System.nanoTime();
            long deadline = started + timeBudget.toNanos();
            SimulationResult result = simulation.run(parameters, seed, monitor(listener, handle, deadline));
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            runs.save(key, parameters, result, elapsedMs);
            listener.completed(result, false, elapsedMs);
        } catch (RunCancelledException cancelled) {
            listener.cancelled(cancelled.reason());
        } catch (RuntimeException bug) {
            log.error("Simulation {} failed for {}", key.simulationId(), key, bug);
            listener.failed("The simulation failed unexpectedly. The error has been logged; try other parameters.");
        }
    }

    /** So that whoever hears a run end also sees its handle done. */
    private static RunListener markingDone(RunListener listener, RunHandle handle) {
        return new RunListener() {
            @Override
            public void frame(Frame frame) {
                listener.frame(frame);
            }

            @Override
            public void completed(SimulationResult result, boolean fromRecord, long elapsedMs) {
                handle.markDone();
                listener.completed(result, fromRecord, elapsedMs);
            }

            @Override
            public void cancelled(RunCancelledException.Reason reason) {
                handle.markDone();
                listener.cancelled(reason);
            }

            @Override
            public void failed(String message) {
                handle.markDone();
                listener.failed(message);
            }
        };
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

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}
