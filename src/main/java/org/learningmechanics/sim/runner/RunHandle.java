package org.learningmechanics.sim.runner;

import java.util.concurrent.atomic.AtomicBoolean;

/** A run in progress; {@link #stop()} asks it to end at its next checkpoint. */
public final class RunHandle {

    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final AtomicBoolean done = new AtomicBoolean();

    public void stop() {
        stopRequested.set(true);
    }

    public boolean isDone() {
        return done.get();
    }

    boolean stopRequested() {
        return stopRequested.get();
    }

    void markDone() {
        done.set(true);
    }
}
