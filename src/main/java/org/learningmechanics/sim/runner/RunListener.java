package org.learningmechanics.sim.runner;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.SimulationResult;

/** Hears how a run goes. Called on a worker thread: UI listeners must hand over to their UI themselves. */
public interface RunListener {

    void frame(Frame frame);

    /**
     * @param fromRecord true when the result was served from the record of an identical earlier run
     */
    void completed(SimulationResult result, boolean fromRecord, long elapsedMs);

    void cancelled(RunCancelledException.Reason reason);

    /** The run could not be done; the message says why in plain words and what to do. */
    void failed(String message);
}
