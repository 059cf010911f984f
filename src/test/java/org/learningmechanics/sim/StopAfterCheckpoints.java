package org.learningmechanics.sim;

/** A monitor that lets a run pass a given number of checkpoints and stops it at the next: for cancellation tests. */
public final class StopAfterCheckpoints implements RunMonitor {

    private final int allowed;
    private int passed;

    public StopAfterCheckpoints(int allowed) {
        this.allowed = allowed;
    }

    @Override
    public void frame(Frame frame) {
    }

    @Override
    public void checkpoint() {
        if (++passed > allowed) {
            throw new RunCancelledException(RunCancelledException.Reason.STOPPED, "stop");
        }
    }

    /** Checkpoints reached, including the one that stopped the run. */
    public int reached() {
        return passed;
    }
}
