package org.learningmechanics.sim;

/** A monitor whose every checkpoint reports a Stop: for testing that a simulation honours cancellation. */
public final class StoppingMonitor implements RunMonitor {

    @Override
    public void frame(Frame frame) {
    }

    @Override
    public void checkpoint() {
        throw new RunCancelledException(RunCancelledException.Reason.STOPPED, "stopped");
    }
}
