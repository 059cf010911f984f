package org.learningmechanics.sim.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The theory against results derived independently of the code under test. */
class DeepLinearTheoryTest {

    @Test
    void depthTwoCurveSolvesTheLogisticEquation() {
        double s = 2.5;
        double u0 = 1e-3;
        double[] t = {0, 0.5, 1, 2, 4};
        double[] u = DeepLinearTheory.modeCurve(2, s, u0, t);
        assertThat(u[0]).isCloseTo(u0, within(1e-15));
        for (int i = 0; i < t.length; i++) {
            // du/dt = 2u(s − u), checked by a central difference of the closed form (error O(h²) ≈ 1e-9)
            double h = 1e-5;
            double derivative = (DeepLinearTheory.logistic(s, u0, t[i] + h)
                    - DeepLinearTheory.logistic(s, u0, Math.max(0, t[i] - h))) / (t[i] == 0 ? h : 2 * h);
            double expected = 2 * u[i] * (s - u[i]);
            assertThat(derivative).isCloseTo(expected, within(t[i] == 0 ? 1e-6 : 1e-7 * Math.max(1, expected)));
        }
    }

    @Test
    void depthTwoHalfTimeMatchesTheClosedForm() {
        assertThat(DeepLinearTheory.halfTime(2, 3, 1e-3)).isCloseTo(Math.log(2999) / 6, within(1e-14));
        double[] atHalf = DeepLinearTheory.modeCurve(2, 3, 1e-3, new double[] {Math.log(2999) / 6});
        assertThat(atHalf[0]).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void depthThreeCurveReachesHalfStrengthAtTheQuadratureHalfTime() {
        // Two independent methods for D > 2: the ODE for u(t) and the quadrature for t½ must agree.
        double s = 1.7;
        double u0 = 1e-3;
        double half = DeepLinearTheory.halfTime(3, s, u0);
        double[] u = DeepLinearTheory.modeCurve(3, s, u0, new double[] {0, half});
        assertThat(u[1]).as("ODE at the quadrature half-time").isCloseTo(s / 2, within(1e-8));
    }

    @Test
    void deepHalfTimeApproachesItsSmallInitialisationAsymptote() {
        // t½ ≈ u₀^{−(1−2/D)} / (s (D − 2)) as u₀ → 0; the next correction is relatively O(u₀^{1−2/D}/s)
        double s = 2;
        for (int depth = 3; depth <= 6; depth++) {
            double u0 = 1e-9;
            double asymptote = Math.pow(u0, -(1 - 2.0 / depth)) / (s * (depth - 2));
            assertThat(DeepLinearTheory.halfTime(depth, s, u0) / asymptote).as("depth %d", depth)
                    .isCloseTo(1, within(0.01));
        }
    }

    @Test
    void deeperNetworksLearnLaterFromTheSameSmallStart() {
        double previous = 0;
        for (int depth = 2; depth <= 6; depth++) {
            double half = DeepLinearTheory.halfTime(depth, 3, 1e-3);
            assertThat(half).isGreaterThan(previous);
            previous = half;
        }
    }

    @Test
    void aModeThatStartsAboveHalfHasNoHalfTime() {
        assertThat(DeepLinearTheory.halfTime(2, 1, 0.6)).isNaN();
    }
}
