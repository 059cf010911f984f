package org.learningmechanics.sim;

/**
 * The channel between a running simulation and whoever started it. A simulation calls {@link #frame(Frame)} as
 * results arrive and {@link #checkpoint()} often (at least every few milliseconds of work) so that a Stop or an
 * exhausted time budget ends the run promptly.
 */
public interface RunMonitor {

    /** Receives part of the run. Called on the simulation's thread; implementations must not block for long. */
    void frame(Frame frame);

    /**
     * Returns normally while the run may go on.
     *
     * @throws RunCancelledException when the run was stopped or its time budget is spent
     */
    void checkpoint();

    /** A monitor that ignores frames and never cancels: for tests and batch use. */
    RunMonitor NONE = new RunMonitor() {
        @Override
        public void frame(Frame frame) {
        }

        @Override
        public void checkpoint() {
        }
    };
}
