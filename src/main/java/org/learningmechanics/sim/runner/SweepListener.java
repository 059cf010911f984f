package org.learningmechanics.sim.runner;

import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.sweep.SweepPoint;

/** Hears a sweep's runs finish, in whatever order they do, and then its end. Called on worker threads. */
public interface SweepListener {

    void point(SweepPoint point, SimulationResult result, int done, int total);

    /** A point that produced no result (stopped, over budget, failed); the sweep goes on without it. */
    void missed(SweepPoint point, String why, int done, int total);

    /** Every point is done, or the sweep was stopped. */
    void finished(boolean stopped);
}
