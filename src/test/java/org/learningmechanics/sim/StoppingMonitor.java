package org.learningmechanics.sim;

/** A monitor whose every checkpoint stops the run, as the Stop button would: for testing cancellation. */
public final class StoppingMonitor implements RunMonitor {

    @Override
    public void frame(Frame frame) {
    }

    @Override
    public void checkpoint() {
        throw new RunCancelledException(RunCancelledException.Reason.STOPPED, "stopped");
    }
}
