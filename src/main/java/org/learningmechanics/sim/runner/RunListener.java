package org.learningmechanics.sim.runner;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.SimulationResult;

/** Hears how a run goes. Called on worker threads: UI listeners must hand over to their UI themselves. */
public interface RunListener {

    /** The run waits for a free worker; {@code position} 1 is next. Called again whenever the position changes. */
    default void queued(int position) {
    }

    void frame(Frame frame);

    /**
     * @param fromRecord true when the result was served from the record of an identical earlier run
     */
    void completed(SimulationResult result, boolean fromRecord, long elapsedMs);

    void cancelled(RunCancelledException.Reason reason);

    /**
     * The run was not started because the client already has as many runs as it may, or the server's queue is
     * full. The message says so in plain words; trying again later will work.
     */
    default void refused(String message) {
        failed(message);
    }

    /** The run could not be done; the message says why in plain words and what to do. */
    void failed(String message);
}
