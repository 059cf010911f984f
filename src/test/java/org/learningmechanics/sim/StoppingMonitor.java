package org.learningmechanics.sim;

/** A monitor that stops the run at its first checkpoint: for testing that simulations honour cancellation. */
public final class StoppingMonitor implements RunMonitor {

    @Override
    public void frame(Frame frame) {
    }

    @Override
    public void checkpoint() {
        throw new RunCancelledException(RunCancelledException.Reason.STOPPED, "stopped");
    }
}
