package org.learningmechanics.sim.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The isolated-mode solution against its differential equation and its aligned special case. */
class IsolatedModeTheoryTest {

    @Test
    void balancedWeightsGiveBackTheLogisticSolution() {
        double[] a = {0.02, -0.01, 0.015};
        IsolatedModeTheory balanced = new IsolatedModeTheory(2.5, a, a); // a = b: c = 0, u₀ = |a|²
        double u0 = 0.02 * 0.02 + 0.01 * 0.01 + 0.015 * 0.015;
        for (double t : new double[] {0, 0.5, 1, 2, 4}) {
            assertThat(balanced.strength(t)).isCloseTo(DeepLinearTheory.logistic(2.5, u0, t), within(1e-12));
        }
        assertThat(balanced.halfTime()).isCloseTo(DeepLinearTheory.halfTime(2, 2.5, u0), within(1e-10));
    }

    @Test
    void theStrengthSolvesTheModeEquationsFromUnbalancedWeights() {
        double s = 1.7;
        double[] a = {0.03, 0.01, -0.02, 0.005};
        double[] b = {-0.01, 0.025, 0.01, 0.02};
        IsolatedModeTheory mode = new IsolatedModeTheory(s, a, b);
        assertThat(mode.strength(0)).as("starts at aᵀb").isCloseTo(
                0.03 * -0.01 + 0.01 * 0.025 + -0.02 * 0.01 + 0.005 * 0.02, within(1e-15));
        // From (1): u = p − c/p with ṗ = 2p(s − u); so u̇ = ṗ (1 + c/p²). Check by central differences (error O(h²)).
        double h = 1e-5;
        for (double t : new double[] {0.5, 1.5, 3, 5}) {
            double u = mode.strength(t);
            double derivative = (mode.strength(t + h) - mode.strength(t - h)) / (2 * h);
            double p = (u + Math.sqrt(u * u + 4 * mode.conserved())) / 2;
            double expected = 2 * p * (s - u) * (1 + mode.conserved() / (p * p));
            assertThat(derivative).isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
        }
        assertThat(mode.strength(mode.halfTime())).isCloseTo(s / 2, within(1e-10));
        assertThat(mode.strength(40)).as("learned in the end").isCloseTo(s, within(1e-9));
    }
}
