package org.learningmechanics.sim.sweep;

import org.learningmechanics.sim.ParameterValues;

/**
 * One run of a sweep: its place in the grid ({@code j} is 0 for a one-parameter sweep), the swept values and the
 * complete parameters of the run.
 */
public record SweepPoint(int i, int j, double x, double y, ParameterValues parameters) {
}
