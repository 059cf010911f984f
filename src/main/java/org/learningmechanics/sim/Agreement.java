package org.learningmechanics.sim;

/**
 * How well a run agrees with its theory: a measured discrepancy, the threshold below which the theory is said to
 * hold, and one line of why.
 *
 * @param metric    what was measured, e.g. "max relative error of half-times"
 * @param value     the discrepancy
 * @param threshold the largest discrepancy at which the theory still "holds"
 */
public record Agreement(String metric, double value, double threshold, String explanation) {

    public boolean holds() {
        return value <= threshold;
    }
}
