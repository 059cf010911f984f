package org.learningmechanics.sim.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.runner.RunHandle;
import org.learningmechanics.sim.runner.RunListener;
import org.learningmechanics.sim.runner.SimulationRunner;
import org.springframework.stereotype.Component;

/** A run through the shared runner, waited for: what an HTTP request needs. */
@Component
class BlockingRuns {

    /** A finished run and whether it was served from the record. */
    record Outcome(SimulationResult result, boolean fromRecord, long elapsedMs) {
    }

    static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    static final class TooLongException extends RuntimeException {
        TooLongException(String message) {
            super(message);
        }
    }

    static final class FailedException extends RuntimeException {
        FailedException(String message) {
            super(message);
        }
    }

    private final SimulationRunner runner;

    BlockingRuns(SimulationRunner runner) {
        this.runner = runner;
    }

    Outcome run(Simulation simulation, ParameterValues parameters, long seed, String client) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        RunHandle handle = runner.start(simulation, parameters, seed, client, new RunListener() {
            @Override
            public void frame(Frame frame) {
            }

            @Override
            public void completed(SimulationResult result, boolean fromRecord, long elapsedMs) {
                outcome.complete(new Outcome(result, fromRecord, elapsedMs));
            }

            @Override
            public void cancelled(RunCancelledException.Reason reason) {
                outcome.completeExceptionally(new TooLongException("The run took longer than the "
                        + runner.timeBudget().toSeconds() + " s a run may take. Choose smaller parameters "
                        + "(fewer steps, a smaller network) and try again."));
            }

            @Override
            public void refused(String message) {
                outcome.completeExceptionally(new RefusedException(message));
            }

            @Override
            public void failed(String message) {
                outcome.completeExceptionally(new FailedException(message));
            }
        });
        try {
            // The budget bounds computing; allow as long again for waiting in line.
            return outcome.get(2 * runner.timeBudget().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (TimeoutException e) {
            handle.stop();
            throw new RefusedException("The server is too busy to run this now. Try again in a minute.");
        } catch (InterruptedException e) {
            handle.stop();
            Thread.currentThread().interrupt();
            throw new FailedException("The request was interrupted.");
        }
    }
}
