package org.learningmechanics.sim.runner;

import java.util.concurrent.atomic.AtomicBoolean;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.SimulationResult;

/**
 * Runs a piece of bookkeeping once, when a run ends (however it ends), before whoever listens hears of it: so a
 * listener that reacts to the end by starting another run finds the slot already free and the handle done.
 */
final class EndingListener implements RunListener {

    private final RunListener delegate;
    private final Runnable onEnd;
    private final AtomicBoolean ended = new AtomicBoolean();

    EndingListener(RunListener delegate, Runnable onEnd) {
        this.delegate = delegate;
        this.onEnd = onEnd;
    }

    private void end() {
        if (ended.compareAndSet(false, true)) {
            onEnd.run();
        }
    }

    @Override
    public void queued(int position) {
        delegate.queued(position);
    }

    @Override
    public void frame(Frame frame) {
        delegate.frame(frame);
    }

    @Override
    public void completed(SimulationResult result, boolean fromRecord, long elapsedMs) {
        end();
        delegate.completed(result, fromRecord, elapsedMs);
    }

    @Override
    public void cancelled(RunCancelledException.Reason reason) {
        end();
        delegate.cancelled(reason);
    }

    @Override
    public void refused(String message) {
        end();
        delegate.refused(message);
    }

    @Override
    public void failed(String message) {
        end();
        delegate.failed(message);
    }
}
